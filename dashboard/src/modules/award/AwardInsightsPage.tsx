import { useTranslation } from 'react-i18next';
import { Empty } from '../../components/States';

export function AwardInsightsPage() {
  const { t } = useTranslation();
  return (
    <div className="page" data-testid="page-awardInsights">
      <h1>{t('nav.awardInsights')}</h1>
      <Empty />
    </div>
  );
}
