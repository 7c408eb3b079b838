import { useTranslation } from 'react-i18next';
import { downloadBlob } from '../../app/library/download';
import { type CsvTable, toCsv } from './csv';

/** Saves one table as its own CSV file on this device. */
export function CsvButton({ table, label }: { table: CsvTable; label: string }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      aria-label={t('analysis.saveCsvOf', { table: label })}
      onClick={() => downloadBlob(`resonans-analysis-${table.name}.csv`, new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' }))}
    >
      {t('analysis.saveCsv')}
    </button>
  );
}
