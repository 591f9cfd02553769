import { FieldError } from './FieldError';

interface CheckboxGroupProps {
  id: string;
  legend: string;
  options: readonly string[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  format?: (option: string) => string;
  error?: string;
}

/** A multi-select as checkboxes: visible choices, keyboard friendly (Tab + Space). */
export function CheckboxGroup({
  id,
  legend,
  options,
  selected,
  onChange,
  format,
  error,
}: CheckboxGroupProps) {
  function toggle(option: string, checked: boolean) {
    onChange(
      checked
        ? options.filter((o) => o === option || selected.includes(o))
        : selected.filter((o) => o !== option),
    );
  }
  return (
    <fieldset
      id={id}
      className={error ? 'checkbox-group field--invalid' : 'checkbox-group'}
      aria-describedby={error ? `${id}-error` : undefined}
      tabIndex={-1}
    >
      <legend>{legend}</legend>
      <div className="checkbox-group__options">
        {options.map((option) => (
          <label key={option} className="checkbox">
            <input
              type="checkbox"
              checked={selected.includes(option)}
              onChange={(event) => toggle(option, event.target.checked)}
            />
            {format ? format(option) : option}
          </label>
        ))}
      </div>
      <FieldError id={`${id}-error`} message={error} />
    </fieldset>
  );
}
