import { useEffect, useState } from 'react';
import { Link, Route, Router, Switch, useRoute } from 'wouter';
import { LOCALES, type Locale } from '../shared/i18n.tsx';
import { LanguagePicker } from '../shared/LanguagePicker.tsx';
import { useI18n } from './i18n.ts';
import { CancelPage } from './pages/CancelPage.tsx';
import { ChangePlanPage } from './pages/ChangePlanPage.tsx';
import { InvoicesPage } from './pages/InvoicesPage.tsx';
import { LinesPage } from './pages/LinesPage.tsx';
import { OverviewPage } from './pages/OverviewPage.tsx';
import { PaymentMethodPage } from './pages/PaymentMethodPage.tsx';
import { ProfilePage } from './pages/ProfilePage.tsx';
import { SignInPage } from './pages/SignInPage.tsx';
import { SupportPage } from './pages/SupportPage.tsx';
import { TicketPage } from './pages/TicketPage.tsx';
import { type PortalSession, portal } from './portal-api.ts';

function NavLink(props: { href: string; children: string }) {
  const [active] = useRoute(props.href === '/' ? '/' : `${props.href}/*?`);
  return (
    <Link href={props.href} aria-current={active ? 'page' : undefined}>
      {props.children}
    </Link>
  );
}

/** Where a portal session's flow opens (Stripe's flow_data): the page of that one task. */
function flowPath(session: PortalSession): string | null {
  const flow = session.flow;
  const sub = (part: string) => (flow?.[part] as { subscription?: string } | null)?.subscription;
  if (flow?.type === 'payment_method_update') return '/payment-method';
  if (flow?.type === 'subscription_cancel') return `/subscriptions/${sub('subscription_cancel')}/cancel`;
  if (flow?.type === 'subscription_update' || flow?.type === 'subscription_update_confirm')
    return `/subscriptions/${sub(flow.type)}/plan`;
  return null;
}

type State = { kind: 'checking' } | { kind: 'signed-out'; linkFailed: boolean } | { kind: 'signed-in' };

/** Redeems a link in the address (?token=…) once, removing it from the address and history, then asks who is in. */
async function signIn(setLocale: (l: Locale) => void): Promise<State> {
  const token = new URLSearchParams(window.location.search).get('token');
  let linkFailed = false;
  if (token) {
    window.history.replaceState(null, '', window.location.pathname);
    try {
      const session = await portal.enter(token);
      if (session.locale && (LOCALES as readonly string[]).includes(session.locale))
        setLocale(session.locale as Locale);
      const path = flowPath(session);
      if (path) window.history.replaceState(null, '', `/portal${path}`);
      return { kind: 'signed-in' };
    } catch {
      linkFailed = true;
    }
  }
  return portal.session().then(
    () => ({ kind: 'signed-in' }),
    () => ({ kind: 'signed-out', linkFailed }),
  );
}

/** The subscriber portal at /portal (mobile first): one customer, signed in by a link. */
export function App() {
  const { t, locale, setLocale } = useI18n();
  const [state, setState] = useState<State>({ kind: 'checking' });
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once, at load
  useEffect(() => {
    signIn(setLocale).then(setState);
  }, []);
  if (state.kind === 'checking') return <main aria-busy="true" />;
  if (state.kind === 'signed-out') return <SignInPage linkFailed={state.linkFailed} />;
  const signOut = async () => {
    await portal.signOut();
    setState({ kind: 'signed-out', linkFailed: false });
  };
  return (
    <Router base="/portal">
      <div className="portal">
        <header>
          <nav aria-label={t('portalNav')}>
            <NavLink href="/">{t('navOverview')}</NavLink>
            <NavLink href="/invoices">{t('navInvoices')}</NavLink>
            <NavLink href="/payment-method">{t('navCard')}</NavLink>
            <NavLink href="/profile">{t('navProfile')}</NavLink>
            <NavLink href="/lines">{t('navLines')}</NavLink>
            <NavLink href="/support">{t('navSupport')}</NavLink>
          </nav>
          <div className="tools">
            <LanguagePicker locale={locale} onChange={setLocale} label={t('language')} />
            <button type="button" className="secondary" onClick={signOut}>
              {t('signOut')}
            </button>
          </div>
        </header>
        <main>
          <Switch>
            <Route path="/" component={OverviewPage} />
            <Route path="/invoices" component={InvoicesPage} />
            <Route path="/payment-method" component={PaymentMethodPage} />
            <Route path="/profile" component={ProfilePage} />
            <Route path="/lines" component={LinesPage} />
            <Route path="/support" component={SupportPage} />
            <Route path="/support/:id">{(p) => <TicketPage id={p.id} />}</Route>
            <Route path="/subscriptions/:id/plan">{(p) => <ChangePlanPage id={p.id} />}</Route>
            <Route path="/subscriptions/:id/cancel">{(p) => <CancelPage id={p.id} />}</Route>
          </Switch>
        </main>
      </div>
    </Router>
  );
}
