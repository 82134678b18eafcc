import { useTranslation } from 'react-i18next';
import { Empty } from '../../components/States';

export function PromotionInsightsPage() {
  const { t } = useTranslation();
  return (
    <div className="page" data-testid="page-promotionInsights">
      <h1>{t('nav.promotionInsights')}</h1>
      <Empty />
    </div>
  );
}
