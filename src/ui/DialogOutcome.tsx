/**
 * What a dialog's form says after its action: the problem, if any, as an alert, and while it
 * works, what it is doing as a status. One place, so every dialog says it the same way.
 */
export function DialogOutcome({ problem, busy, busyText }: { problem: string | null; busy: boolean; busyText: string }) {
  return (
    <>
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
      {busy && <p role="status">{busyText}</p>}
    </>
  );
}
