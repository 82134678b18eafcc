import { useTranslation } from 'react-i18next';
import { Empty } from '../../components/States';

export function OverviewPage() {
  const { t } = useTranslation();
  return (
    <div className="page" data-testid="page-overview">
      <h1>{t('nav.overview')}</h1>
      <Empty />
    </div>
  );
}
