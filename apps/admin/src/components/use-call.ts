import { useCallback, useEffect, useState } from 'react';
import { refusalOf, type Refusal } from '../api/gateway-client.js';

/** The state of one call to the gateway: its data, its refusal, or still loading. */
export interface CallState<T> {
  data: T | undefined;
  error: Refusal | undefined;
  loading: boolean;
  reload: () => void;
}

/** Run `call` now and whenever `deps` change; `reload` runs it again. */
export function useCall<T>(call: () => Promise<T>, deps: readonly unknown[]): CallState<T> {
  const [state, setState] = useState<{ data?: T; error?: Refusal; loading: boolean }>({
    loading: true,
  });
  const [round, setRound] = useState(0);
  const run = useCallback(call, deps);
  useEffect(() => {
    let current = true;
    setState((s) => ({ ...s, loading: true }));
    run().then(
      (data) => current && setState({ data, loading: false }),
      (error: unknown) => current && setState({ error: refusalOf(error), loading: false }),
    );
    return () => {
      current = false;
    };
  }, [run, round]);
  return {
    data: state.data,
    error: state.error,
    loading: state.loading,
    reload: () => setRound((r) => r + 1),
  };
}
