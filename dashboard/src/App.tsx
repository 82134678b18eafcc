import { lazy, type ReactNode, Suspense } from 'react';
import { createBrowserRouter, Navigate, RouterProvider, useLocation } from 'react-router-dom';
import { useAuth } from './auth/AuthContext';
import { homeFor, routeByKey } from './auth/routes';
import { Loading } from './components/States';
import { ApiOnly, NotFound, RequireRole } from './layout/RequireRole';
import { LoginPage } from './modules/auth/LoginPage';

// Behind sign-in (with Apollo): its own chunk, so the login page is all a signed-out visitor loads.
const SignedInRoot = lazy(() => import('./layout/SignedInRoot').then((m) => ({ default: m.SignedInRoot })));

// Pages are split per route: an employee on a phone never downloads the executive dashboards.
const OverviewPage = lazy(() =>
  import('./modules/analytics/OverviewPage').then((m) => ({ default: m.OverviewPage })),
);
const PromotionInsightsPage = lazy(() =>
  import('./modules/promotion/PromotionInsightsPage').then((m) => ({ default: m.PromotionInsightsPage })),
);
const AwardInsightsPage = lazy(() =>
  import('./modules/award/AwardInsightsPage').then((m) => ({ default: m.AwardInsightsPage })),
);
const ArchivePage = lazy(() =>
  import('./modules/archive/ArchivePage').then((m) => ({ default: m.ArchivePage })),
);
const MyPathPage = lazy(() =>
  import('./modules/promotion/MyPathPage').then((m) => ({ default: m.MyPathPage })),
);
const HrWorkspacePage = lazy(() =>
  import('./modules/workspace/HrWorkspacePage').then((m) => ({ default: m.HrWorkspacePage })),
);
const ManagerWorkspacePage = lazy(() =>
  import('./modules/workspace/ManagerWorkspacePage').then((m) => ({ default: m.ManagerWorkspacePage })),
);

function guarded(key: string, page: ReactNode) {
  const route = routeByKey(key);
  return {
    path: route.path,
    element: (
      <RequireRole route={route}>
        <Suspense fallback={<Loading />}>{page}</Suspense>
      </RequireRole>
    ),
  };
}

function Home() {
  const { role } = useAuth();
  return <Navigate to={role ? homeFor(role) : '/login'} replace />;
}

/** Signed out (or the session just ended) → login, remembering the page to come back to. */
function SignedIn({ children }: { children: ReactNode }) {
  const { role } = useAuth();
  const location = useLocation();
  if (role) return <Suspense fallback={<Loading />}>{children}</Suspense>;
  return (
    <Navigate to="/login" replace state={{ from: location.pathname + location.search + location.hash }} />
  );
}

const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    element: (
      <SignedIn>
        <SignedInRoot />
      </SignedIn>
    ),
    children: [
      { index: true, element: <Home /> },
      guarded('overview', <OverviewPage />),
      guarded('promotionInsights', <PromotionInsightsPage />),
      guarded('awardInsights', <AwardInsightsPage />),
      guarded('archive', <ArchivePage />),
      { ...guarded('archive', <ArchivePage />), path: '/archive/:employeeId' },
      guarded('myPath', <MyPathPage />),
      guarded('hrWorkspace', <HrWorkspacePage />),
      guarded('managerWorkspace', <ManagerWorkspacePage />),
      { path: '/api-only', element: <ApiOnly /> },
      { path: '*', element: <NotFound /> },
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}
