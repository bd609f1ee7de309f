import type { Action } from './use-action.ts';

/** The problem a write answered with, announced to screen readers. */
export function ActionError(props: { action: Action }) {
  if (!props.action.error) return null;
  return (
    <p role="alert" className="error">
      {props.action.error}
    </p>
  );
}
