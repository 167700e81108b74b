import { INTAKE_SECTIONS, type IntakeSectionId } from '@candor/clinical';
import { useEffect, useRef } from 'react';
import { fieldIdFor, sectionOfPath } from './answers';
import { describeQuestionPath } from './questions';

interface AnswerErrorsProps {
  errors: Record<string, string>;
  current: IntakeSectionId | 'review';
  onGoTo: (step: IntakeSectionId) => void;
}

/**
 * What needs another look, each linked to its question — on this step, or on the step it
 * belongs to (the server checks the whole history each time it saves).
 */
export function AnswerErrors({ errors, current, onGoTo }: AnswerErrorsProps) {
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors);
  const signature = entries.map(([path, message]) => `${path}:${message}`).join('|');

  useEffect(() => {
    if (signature) ref.current?.focus();
  }, [signature]);

  return (
    <div ref={ref} role="alert" tabIndex={-1} className={entries.length ? 'error-summary' : 'alert-empty'}>
      {entries.length ? (
        <>
          <h2 className="error-summary-title">Some answers need another look</h2>
          <ul>
            {entries.map(([path, message]) => {
              const section = sectionOfPath(path);
              const elsewhere = section !== null && section !== current;
              const sectionLabel = INTAKE_SECTIONS.find((s) => s.id === section)?.label;
              return (
                <li key={path}>
                  <a
                    href={`#${fieldIdFor(path)}`}
                    onClick={(event) => {
                      event.preventDefault();
                      if (elsewhere && section) onGoTo(section);
                      else document.getElementById(fieldIdFor(path))?.focus();
                    }}
                  >
                    {describeQuestionPath(path)}: {message}
                    {elsewhere && sectionLabel ? ` (in “${sectionLabel}”)` : ''}
                  </a>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </div>
  );
}
