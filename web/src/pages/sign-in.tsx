import { type FormEvent, useEffect, useRef, useState } from 'react';
import { ApiError, api, type Me } from '../api';

export function SignIn({
  onSignedIn,
  notice,
}: {
  onSignedIn: (token: string, me: Me) => void;
  notice?: string;
}) {
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    document.title = 'Sign in · Plumbline';
    input.current?.focus();
  }, []);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const value = token.trim();
    if (!value) {
      setError('Paste your access token first.');
      input.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const me = await api<Me>('api/me', { token: value });
      onSignedIn(value, me);
    } catch (err) {
      if (err instanceof ApiError && (err.status === 401 || err.status === 403)) {
        setError(
          'That token was not accepted. Check that you copied all of it, or ask an admin for a new one.',
        );
      } else {
        setError(err instanceof Error ? err.message : String(err));
      }
      input.current?.focus();
    } finally {
      setBusy(false);
    }
  }

  return (
    <main id="main" className="signin">
      <div className="signin-card">
        <p className="brand brand-large">
          <span className="brand-mark" aria-hidden="true" />
          Plumbline
        </p>
        <h1>Sign in</h1>
        <p className="muted">
          Use the access token an administrator gave you. It is kept only in this browser tab and forgotten
          when you close it.
        </p>
        {notice ? (
          <div className="notice" role="status">
            {notice}
          </div>
        ) : null}
        <form onSubmit={submit} noValidate>
          <label htmlFor="token">Access token</label>
          <input
            ref={input}
            id="token"
            name="token"
            type="password"
            autoComplete="off"
            spellCheck={false}
            value={token}
            onChange={(e) => setToken(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'token-error' : undefined}
          />
          {error ? (
            <p id="token-error" className="field-error" role="alert">
              {error}
            </p>
          ) : null}
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? 'Checking…' : 'Sign in'}
          </button>
        </form>
      </div>
    </main>
  );
}
