import { FieldError } from './FieldError';

interface RangeFieldsProps {
  legend: string;
  /** Input ids for the lower and upper bound (the pointer mapping targets them). */
  ids: readonly [string, string];
  values: readonly [string, string];
  onChange: (bound: 0 | 1, value: string) => void;
  errors?: readonly [string | undefined, string | undefined];
  type: 'decimal' | 'date';
  unit?: string;
}

/** A min/max pair (coupon in percent, or dates) as one labelled group. */
export function RangeFields({
  legend,
  ids,
  values,
  onChange,
  errors = [undefined, undefined],
  type,
  unit,
}: RangeFieldsProps) {
  const bounds = [
    { label: type === 'date' ? 'From' : 'Min', index: 0 as const },
    { label: type === 'date' ? 'To' : 'Max', index: 1 as const },
  ];
  return (
    <fieldset className="range">
      <legend>
        {legend}
        {unit ? <span className="unit"> ({unit})</span> : null}
      </legend>
      <div className="range__inputs">
        {bounds.map(({ label, index }) => {
          const id = ids[index];
          const error = errors[index];
          return (
            <div key={id} className={error ? 'field field--invalid' : 'field'}>
              <label htmlFor={id}>
                {label}
                <span className="visually-hidden"> {legend.toLowerCase()}</span>
              </label>
              <input
                id={id}
                // Dates are typed as text (YYYY-MM-DD), not a native date picker: the picker silently empties a
                // 30 February and accepts year 0009, where the analyst should be told what is wrong (issue 18).
                type="text"
                inputMode={type === 'decimal' ? 'decimal' : 'numeric'}
                autoComplete="off"
                placeholder={type === 'decimal' ? (index === 0 ? 'e.g. 3' : 'e.g. 4.5') : 'YYYY-MM-DD'}
                value={values[index]}
                onChange={(event) => onChange(index, event.target.value)}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-error` : undefined}
              />
            </div>
          );
        })}
      </div>
      {bounds.map(({ index }) => (
        <FieldError key={index} id={`${ids[index]}-error`} message={errors[index]} />
      ))}
    </fieldset>
  );
}
