import { useTranslation } from 'react-i18next';
import { Empty } from '../../components/States';

export function HrWorkspacePage() {
  const { t } = useTranslation();
  return (
    <div className="page" data-testid="page-hrWorkspace">
      <h1>{t('nav.hrWorkspace')}</h1>
      <Empty />
    </div>
  );
}
