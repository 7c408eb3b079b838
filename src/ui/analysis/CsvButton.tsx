import { useTranslation } from 'react-i18next';
import { downloadBlob } from '../../app/library/download';
import { type CsvTable, toCsv } from './csv';

/** Saves one table as its own CSV file on this device; it sits in the table's own section, which names it. */
export function CsvButton({ table, text }: { table: CsvTable; text?: string }) {
  const { t } = useTranslation();
  return (
    <button type="button" onClick={() => downloadBlob(`resonans-analysis-${table.name}.csv`, new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' }))}>
      {text ?? t('analysis.saveCsv')}
    </button>
  );
}
