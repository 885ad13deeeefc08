/**
 * "Det som inte står i utkastet": what of the case the drafted document does not show, with the
 * reason (src/draft/omissions.ts), so that nothing is dropped silently. Folded; the things that are
 * missing by mistake (not by the document's design) come first and are counted in the heading.
 */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, makeStyles, tokens } from '@fluentui/react-components';
import type { Omission } from '../../draft/omissions';
import { describePath } from '../../model/fields';
import type { RawCase } from '../state/raw';
import { Card } from '../ui';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  missing: { color: tokens.colorPaletteDarkOrangeForeground1 },
  h4: { margin: `${tokens.spacingVerticalXS} 0`, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
});

/** One omission in the form's words: the field as the registry names it, and why it is not in the text. */
export function omissionText(o: Omission, raw: RawCase): string {
  const where = o.path === 'kriterier' ? `Kriterierna` : describePath(o.path, raw);
  return `${where}: ${o.reason}.`;
}

export function OmissionsCard({ omissions, raw }: { omissions: readonly Omission[]; raw: RawCase }) {
  const styles = useStyles();
  if (omissions.length === 0) return null;
  const missing = omissions.filter((o) => !o.byDesign);
  const byDesign = omissions.filter((o) => o.byDesign);
  const intro =
    missing.length > 0
      ? `${missing.length} ${missing.length === 1 ? 'uppgift' : 'uppgifter'} ur ärendet saknas i utkastet.`
      : 'Allt ur ärendet som ska stå i dokumentet finns i utkastet.';
  return (
    <Card title="Det som inte står i utkastet" intro={intro}>
      <Accordion collapsible>
        <AccordionItem value="utelamnat">
          <AccordionHeader size="small">
            Visa {omissions.length} {omissions.length === 1 ? 'uppgift' : 'uppgifter'} och varför
          </AccordionHeader>
          <AccordionPanel>
            {missing.length > 0 && (
              <>
                <h4 className={styles.h4}>Saknas i utkastet</h4>
                <ul className={styles.list}>
                  {missing.map((o) => (
                    <li key={o.path} className={styles.missing}>
                      {omissionText(o, raw)}
                    </li>
                  ))}
                </ul>
              </>
            )}
            {byDesign.length > 0 && (
              <>
                <h4 className={styles.h4}>Står aldrig i den här sortens dokument</h4>
                <ul className={styles.list}>
                  {byDesign.map((o) => (
                    <li key={o.path}>{omissionText(o, raw)}</li>
                  ))}
                </ul>
              </>
            )}
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </Card>
  );
}
