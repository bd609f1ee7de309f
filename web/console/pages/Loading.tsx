import type { ReactNode } from 'react';
import type { Loaded } from '../../shared/use-api.ts';
import { useI18n } from '../i18n.ts';

/** The three states of a page's data: a status line while loading, the problem's detail, or the page. */
export function Loading<T>(props: { loaded: Loaded<T>; children(data: T, reload: () => void): ReactNode }) {
  const { t } = useI18n();
  const { loaded } = props;
  if (loaded.state === 'loading') return <p role="status">{t('loading')}</p>;
  if (loaded.state === 'error')
    return (
      <p role="alert" className="error">
        {t('failed', { detail: loaded.error.message })}
      </p>
    );
  return <>{props.children(loaded.data, loaded.reload)}</>;
}
