import { type MouseEvent, useEffect, useState } from 'react';
import { Link, Route, Router, Switch, useRoute } from 'wouter';
import { LanguagePicker } from '../shared/LanguagePicker.tsx';
import { useI18n } from './i18n.ts';
import { AuditLogPage } from './pages/AuditLogPage.tsx';
import { CataloguePage } from './pages/CataloguePage.tsx';
import { CustomerPage } from './pages/CustomerPage.tsx';
import { CustomersPage } from './pages/CustomersPage.tsx';
import { DunningPage } from './pages/DunningPage.tsx';
import { HomePage } from './pages/HomePage.tsx';
import { ImportPage } from './pages/ImportPage.tsx';
import { InvoicesPage } from './pages/InvoicesPage.tsx';
import { OperatorsPage } from './pages/OperatorsPage.tsx';
import { PaymentsPage } from './pages/PaymentsPage.tsx';
import { SegmentPage } from './pages/SegmentPage.tsx';
import { SegmentsPage } from './pages/SegmentsPage.tsx';
import { AcceptPage, SetupPage } from './pages/SetupPage.tsx';
import { SignInPage } from './pages/SignInPage.tsx';
import { SupportPage } from './pages/SupportPage.tsx';
import {
  currentIdentity,
  type Identity,
  mayImportCustomers,
  mayManageOperators,
  mayReadAuditLog,
  signOut,
} from './session.ts';

function NavLink(props: { href: string; children: string }) {
  const [active] = useRoute(props.href === '/' ? '/' : `${props.href}/*?`);
  return (
    <Link href={props.href} aria-current={active ? 'page' : undefined}>
      {props.children}
    </Link>
  );
}

/** Pages reached from a link before anyone is signed in: the owner's set-up and an invitation. */
function linkPage(onSignedIn: (identity: Identity) => void) {
  const path = window.location.pathname;
  if (path === '/console/setup') return <SetupPage onSignedIn={onSignedIn} />;
  if (path === '/console/accept') return <AcceptPage onSignedIn={onSignedIn} />;
  return null;
}

/** The console at /console: every page inside one shell, the address bar naming the page (deep links work). */
export function App() {
  const { t, locale, setLocale } = useI18n();
  const [identity, setIdentity] = useState<Identity | null | 'checking'>('checking');
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => {
    currentIdentity().then(setIdentity, () => setIdentity(null));
  }, []);
  const fromLink = linkPage(setIdentity);
  if (fromLink) return fromLink;
  if (identity === 'checking') return <p role="status">{t('loading')}</p>;
  if (!identity) return <SignInPage onSignedIn={setIdentity} />;
  const leave = () => signOut(identity).then(() => setIdentity(null));
  // On a phone the links fold behind a menu button (a wrapped bar took four rows above every page); following a
  // link folds them again. On wider screens the button is hidden and the links always show.
  const followLink = (event: MouseEvent) => {
    if ((event.target as HTMLElement).closest('a')) setMenuOpen(false);
  };
  return (
    <Router base="/console">
      <div className="shell">
        <nav aria-label="Console" className={menuOpen ? 'open' : undefined}>
          <div className="nav-bar">
            <div className="brand">{t('brand')}</div>
            <button
              type="button"
              className="secondary menu-toggle"
              aria-expanded={menuOpen}
              aria-controls="console-menu"
              onClick={() => setMenuOpen(!menuOpen)}
            >
              {t('menu')}
            </button>
          </div>
          {/* biome-ignore lint/a11y/noStaticElementInteractions: the click is the links' own; this only listens. */}
          {/* biome-ignore lint/a11y/useKeyWithClickEvents: links are followed by keyboard with a click event too. */}
          <div id="console-menu" className="nav-links" onClick={followLink}>
            <NavLink href="/">{t('navHome')}</NavLink>
            <NavLink href="/customers">{t('navCustomers')}</NavLink>
            {mayImportCustomers(identity) && <NavLink href="/import">{t('navImport')}</NavLink>}
            <NavLink href="/invoices">{t('navInvoices')}</NavLink>
            <NavLink href="/payments">{t('navPayments')}</NavLink>
            <NavLink href="/dunning">{t('navDunning')}</NavLink>
            <NavLink href="/segments">{t('navSegments')}</NavLink>
            <NavLink href="/catalogue">{t('navCatalogue')}</NavLink>
            {mayManageOperators(identity) && <NavLink href="/operators">{t('navOperators')}</NavLink>}
            {mayReadAuditLog(identity) && <NavLink href="/audit-log">{t('navAuditLog')}</NavLink>}
            <NavLink href="/support">{t('navSupport')}</NavLink>
            <LanguagePicker locale={locale} onChange={setLocale} label={t('language')} />
            <button type="button" className="secondary" onClick={leave}>
              {t('signOut')}
            </button>
          </div>
        </nav>
        <main>
          <Switch>
            <Route path="/" component={HomePage} />
            <Route path="/customers" component={CustomersPage} />
            <Route path="/import" component={ImportPage} />
            <Route path="/customers/:id">{(params) => <CustomerPage id={params.id} />}</Route>
            <Route path="/operators">{() => <OperatorsPage identity={identity} />}</Route>
            <Route path="/audit-log" component={AuditLogPage} />
            <Route path="/invoices" component={InvoicesPage} />
            <Route path="/payments" component={PaymentsPage} />
            <Route path="/dunning" component={DunningPage} />
            <Route path="/segments" component={SegmentsPage} />
            <Route path="/catalogue" component={CataloguePage} />
            <Route path="/segments/:id">{(params) => <SegmentPage id={params.id} />}</Route>
            <Route path="/support" component={SupportPage} />
          </Switch>
        </main>
      </div>
    </Router>
  );
}
