import { useState } from 'react';

export type Action = {
  busy: boolean;
  error: string | null;
  /** Runs one change; its failure (a problem's detail) is kept to show beside the control, then `after` runs. */
  run(change: () => Promise<unknown>, after?: () => void): Promise<void>;
};

/** One write at a time from a control: disabled while it runs, its problem shown in an alert. */
export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return {
    busy,
    error,
    async run(change, after) {
      setBusy(true);
      setError(null);
      try {
        await change();
        after?.();
      } catch (e) {
        setError((e as Error).message);
      } finally {
        setBusy(false);
      }
    },
  };
}
