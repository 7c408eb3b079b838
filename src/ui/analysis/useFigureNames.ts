import { useMemo } from 'react';
import type { FigureKind } from '../../domain/model/figure';
import type { FigureId } from '../../domain/model/ids';
import type { RecordingIndex } from '../../domain/replay/recordingIndex';
import { useShownName } from '../../i18n/useShownLabel';

export interface NamedFigure {
  readonly id: FigureId;
  readonly kind: FigureKind;
  readonly name: string;
}

/** Every figure of the recording with the name it shows (covert numbers while covert), by its last look. */
export function useFigureNames(index: RecordingIndex): NamedFigure[] {
  const shownName = useShownName();
  return useMemo(
    () =>
      index.order.flatMap((id) => {
        const looks = index.tracks.get(id)?.looks.values;
        const look = looks?.[looks.length - 1];
        return look ? [{ id, kind: look.kind, name: shownName({ id, kind: look.kind, label: look.label }) }] : [];
      }),
    [index, shownName],
  );
}
