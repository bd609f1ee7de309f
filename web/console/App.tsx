import { useState } from 'react';
import { Link, Route, Router, Switch, useRoute } from 'wouter';
import { apiKey } from '../shared/api.ts';
import { LanguagePicker } from '../shared/LanguagePicker.tsx';
import { useI18n } from './i18n.ts';
import { CustomerPage } from './pages/CustomerPage.tsx';
import { CustomersPage } from './pages/CustomersPage.tsx';
import { HomePage } from './pages/HomePage.tsx';
import { SignInPage } from './pages/SignInPage.tsx';
import { SupportPage } from './pages/SupportPage.tsx';

function NavLink(props: { href: string; children: string }) {
  const [active] = useRoute(props.href === '/' ? '/' : `${props.href}/*?`);
  return (
    <Link href={props.href} aria-current={active ? 'page' : undefined}>
      {props.children}
    </Link>
  );
}

/** The console at /console: every page inside one shell, the address bar naming the page (deep links work). */
export function App() {
  const { t, locale, setLocale } = useI18n();
  const [signedIn, setSignedIn] = useState(() => apiKey.get() !== null);
  if (!signedIn) return <SignInPage onSignedIn={() => setSignedIn(true)} />;
  const signOut = () => {
    apiKey.clear();
    setSignedIn(false);
  };
  return (
    <Router base="/console">
      <div className="shell">
        <nav aria-label="Console">
          <div className="brand">{t('brand')}</div>
          <NavLink href="/">{t('navHome')}</NavLink>
          <NavLink href="/customers">{t('navCustomers')}</NavLink>
          <NavLink href="/support">{t('navSupport')}</NavLink>
          <LanguagePicker locale={locale} onChange={setLocale} label={t('language')} />
          <button type="button" className="secondary" onClick={signOut}>
            {t('signOut')}
          </button>
        </nav>
        <main>
          <Switch>
            <Route path="/" component={HomePage} />
            <Route path="/customers" component={CustomersPage} />
            <Route path="/customers/:id">{(params) => <CustomerPage id={params.id} />}</Route>
            <Route path="/support" component={SupportPage} />
          </Switch>
        </main>
      </div>
    </Router>
  );
}
