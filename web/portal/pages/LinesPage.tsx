import { useApi } from '../../shared/use-api.ts';
import { useI18n } from '../i18n.ts';
import { portal } from '../portal-api.ts';
import { Loading } from './Loading.tsx';

/** Without PUBLIC_URL the server answers paths; the app shows them on this page's own origin. */
const absolute = (url: string) => (url.startsWith('http') ? url : `${window.location.origin}${url}`);

/** The credentials a TV app asks for, the playlist link, and how many streams play now. */
export function LinesPage() {
  const { t } = useI18n();
  const loaded = useApi(() => portal.lines(), []);
  return (
    <>
      <h1>{t('linesTitle')}</h1>
      <Loading loaded={loaded}>
        {(list) =>
          list.data.length === 0 ? (
            <p>{t('noLines')}</p>
          ) : (
            list.data.map((line) => (
              <section key={line.id} className="card stack" aria-label={line.username}>
                <dl className="facts">
                  <dt>{t('server')}</dt>
                  <dd dir="ltr">{absolute(line.server_url)}</dd>
                  <dt>{t('username')}</dt>
                  <dd dir="ltr">{line.username}</dd>
                  <dt>{t('password')}</dt>
                  <dd dir="ltr">{line.password}</dd>
                  <dt>{t('playlist')}</dt>
                  <dd dir="ltr">{absolute(line.playlist_url)}</dd>
                </dl>
                <p>{t('playing', { count: line.streams_playing.length, max: line.max_connections ?? 0 })}</p>
              </section>
            ))
          )
        }
      </Loading>
    </>
  );
}
