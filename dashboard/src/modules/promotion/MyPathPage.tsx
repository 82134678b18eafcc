import { useTranslation } from 'react-i18next';
import { Empty } from '../../components/States';

export function MyPathPage() {
  const { t } = useTranslation();
  return (
    <div className="page" data-testid="page-myPath">
      <h1>{t('nav.myPath')}</h1>
      <Empty />
    </div>
  );
}
