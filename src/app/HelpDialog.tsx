import { useEffect, useRef } from 'react';
import { KEY_GROUPS } from './key-help.ts';

interface HelpDialogProps {
  open: boolean;
  onClose: () => void;
}

/**
 * Every key, in a modal <dialog>: the browser traps focus inside it and closes it on Escape;
 * focus goes back to where it was when the dialog opened.
 */
export function HelpDialog({ open, onClose }: HelpDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current!;
    if (!open) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    // The page behind is inert, but Tab would still leave for the browser's own controls.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Tab') return;
      const stops = [...dialog.querySelectorAll<HTMLElement>('button, a[href], input, [tabindex="0"]')];
      const edge = event.shiftKey ? stops[0] : stops[stops.length - 1];
      if (document.activeElement !== edge && dialog.contains(document.activeElement)) return;
      event.preventDefault();
      (event.shiftKey ? stops[stops.length - 1] : stops[0])?.focus();
    };
    dialog.addEventListener('keydown', onKeyDown);
    return () => {
      dialog.removeEventListener('keydown', onKeyDown);
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, [open]);

  return (
    <dialog ref={ref} className="help-dialog" aria-labelledby="help-title" onClose={onClose}>
      <h2 id="help-title">Keyboard shortcuts</h2>
      {KEY_GROUPS.map((group) => (
        <section key={group.title} aria-labelledby={`help-${group.id}`}>
          <h3 id={`help-${group.id}`}>{group.title}</h3>
          <dl className="help-keys">
            {group.keys.map(([keys, action]) => (
              <div key={action}>
                <dt>
                  {keys.map((key, i) => (
                    <span key={key}>
                      {i > 0 && ' or '}
                      <kbd>{key}</kbd>
                    </span>
                  ))}
                </dt>
                <dd>{action}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <form method="dialog">
        <button type="submit" className="panel-button">
          Close
        </button>
      </form>
    </dialog>
  );
}
