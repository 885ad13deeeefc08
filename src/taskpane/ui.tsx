/** Small building blocks shared by the tabs. */
import { useRef, type ReactNode } from 'react';
import { Button, makeStyles, tokens, useId, type ButtonProps } from '@fluentui/react-components';

const useStyles = makeStyles({
  card: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow2,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  h2: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  intro: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
});

export function Card({ title, intro, children, actions }: { title: string; intro?: ReactNode; children?: ReactNode; actions?: ReactNode }) {
  const styles = useStyles();
  const id = useId('card');
  return (
    <section className={styles.card} aria-labelledby={id}>
      <h2 id={id} className={styles.h2}>
        {title}
      </h2>
      {intro && <p className={styles.intro}>{intro}</p>}
      {children}
      {actions}
    </section>
  );
}

export function FileButton({
  accept,
  label,
  onFile,
  testId,
  icon,
  appearance,
  disabled,
  className,
}: {
  accept: string;
  label: string;
  onFile: (f: File) => void;
  testId?: string;
  icon?: ButtonProps['icon'];
  appearance?: ButtonProps['appearance'];
  /** Busy: the button stays focusable (Fluent's disabledFocusable), so focus is not lost. */
  disabled?: boolean;
  className?: string;
}) {
  const ref = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={ref}
        type="file"
        accept={accept}
        aria-label={label}
        tabIndex={-1}
        hidden
        data-testid={testId}
        onChange={(e) => {
          const f = e.target.files?.[0];
          e.target.value = '';
          if (f) onFile(f);
        }}
      />
      <Button className={className} icon={icon} appearance={appearance} disabledFocusable={disabled} onClick={() => ref.current?.click()}>
        {label}
      </Button>
    </>
  );
}
