import { useTranslation } from 'react-i18next';
import { Empty } from '../../components/States';

export function ManagerWorkspacePage() {
  const { t } = useTranslation();
  return (
    <div className="page" data-testid="page-managerWorkspace">
      <h1>{t('nav.managerWorkspace')}</h1>
      <Empty />
    </div>
  );
}
