import { useEffect, useState } from 'react';

const BASE = '/admin/';

/** The page path under /admin/ (`operations`, `log`, …) and a way to go to another one. */
export function useRoute(): [string, (page: string) => void] {
  const read = () => window.location.pathname.slice(BASE.length).replace(/\/+$/, '');
  const [page, setPage] = useState(read);
  useEffect(() => {
    const onPop = () => setPage(read());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const go = (next: string) => {
    window.history.pushState(null, '', `${BASE}${next}`);
    setPage(next);
  };
  return [page, go];
}
