import type { ReactNode } from 'react';

/** The quiet frame around sign-in, password and invitation pages. */
export function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <header className="app-header">
        <p className="app-name">Candor</p>
      </header>
      <main id="main" className="auth-main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
