import { useTranslation } from 'react-i18next';
import { Card } from '../../components/Card';
import { Page } from '../../components/Page';
import { NotAvailable } from '../../components/States';
import { CaseReview } from './CaseReview';

export function ManagerWorkspacePage() {
  const { t } = useTranslation();
  return (
    <Page routeKey="managerWorkspace" title={t('manager.title')}>
      <div className="grid">
        <Card title={t('manager.alerts')} testId="card-alerts">
          <NotAvailable />
        </Card>
        <CaseReview />
      </div>
    </Page>
  );
}
