import { useTranslation } from 'react-i18next';
import { Empty } from '../../components/States';

export function ArchivePage() {
  const { t } = useTranslation();
  return (
    <div className="page" data-testid="page-archive">
      <h1>{t('nav.archive')}</h1>
      <Empty />
    </div>
  );
}
