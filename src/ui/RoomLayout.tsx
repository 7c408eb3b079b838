import { type MouseEvent, type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useShownHeading } from '../i18n/useShownLabel';
import { useResonans } from '../store/StoreContext';
import { HeaderMenu } from './HeaderMenu';
import { LanguagePicker } from './LanguagePicker';
import { focusFigureList, focusFirstControl } from './roomFocus';
import { SaveIndicator } from './SaveIndicator';
import { StorageLostBanner } from './StorageLostBanner';

interface RoomLayoutProps {
  readonly room: ReactNode;
  /** Exports the open session from memory, offered when storage is lost; an empty passphrase leaves the file unprotected. */
  readonly onExportNow: (passphrase: string) => void;
  /** The few controls shown in presentation, over the room. */
  readonly presentationTools?: ReactNode;
  /** One compact row of buttons in the header, beside the session's name (editing: undo, views). */
  readonly headerTools?: ReactNode;
  /**
   * Above the room, across the room's width only: keep it to one row (editing: the phases). For
   * the room to keep 60% of the screen this row may be at most about 95 px high at 1280x800 and
   * 70 px on a 1024x768 tablet (side panel 330 px, or 290 px below 1100 px; header 56 px); put
   * buttons in `headerTools`, what is used now and then in `menu`, and view switches in `viewTools`.
   */
  readonly tools: ReactNode;
  /** What is used now and then, behind "More" in the header, above the language (replay: speed, trails, comparison). */
  readonly menu?: ReactNode;
  /** A few controls on the room's top right corner, for what acts on the view alone (editing: top view, from a figure). */
  readonly viewTools?: ReactNode;
  /** The side panel, full height and scrolled on its own: the parts the moment needs first. */
  readonly side: ReactNode;
  /** Where the keyboard starts when the screen opens: a figure in the list, or the first control above the room. */
  readonly initialFocus?: 'figures' | 'tools';
  readonly onBack: () => void;
}

/**
 * The room screen, laid out so the room has most of it (at least 60% at 1280x800 and on a
 * 1024x768 tablet): one header row (back, the session's name, `headerTools`, saving, "More"),
 * then the room with `tools` in one row above it and `viewTools` on its corner, and the side
 * panel beside both at full height. A skip link leads the keyboard past the header to the figures, which are the
 * keyboard's way into the room.
 */
export function RoomLayout({
  room,
  tools,
  headerTools,
  viewTools,
  menu,
  side,
  onBack,
  onExportNow,
  presentationTools,
  initialFocus = 'tools',
}: RoomLayoutProps) {
  const { t } = useTranslation();
  const heading = useShownHeading();
  const readOnly = useResonans((state) => state.readOnly);
  const presenting = useResonans((state) => state.presenting) && presentationTools !== undefined;
  const screen = useRef<HTMLDivElement>(null);
  const toolsRow = useRef<HTMLDivElement>(null);

  // Opening the room puts the keyboard where the work is, not on the page's body.
  useEffect(() => {
    const root = screen.current;
    if (!root) return;
    if (initialFocus === 'figures' ? !focusFigureList(root, { scroll: false }) : !focusFirstControl(toolsRow.current)) focusFirstControl(root);
    // Only on opening: later renders must not pull the keyboard away from where the person put it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Entering or leaving presentation unmounts the focused control: the keyboard follows the screen.
  const wasPresenting = useRef(presenting);
  useEffect(() => {
    if (wasPresenting.current === presenting) return;
    wasPresenting.current = presenting;
    const root = screen.current;
    if (!root) return;
    if (presenting) focusFirstControl(root.querySelector('.presentation-tools'));
    else if (!focusFigureList(root, { scroll: false })) focusFirstControl(root);
  }, [presenting]);

  const skipToRoom = (event: MouseEvent<HTMLAnchorElement>) => {
    // The app's routes live in the URL's hash, so the link must not change it.
    event.preventDefault();
    if (screen.current && !focusFigureList(screen.current)) focusFirstControl(screen.current.querySelector('.room-side'));
  };

  if (presenting) {
    return (
      <div className="room-screen presenting" ref={screen}>
        <main className="room-column">
          <div className="room-stage">
            <div className="room-canvas">{room}</div>
          </div>
        </main>
        <div className="presentation-tools" role="toolbar" aria-label={t('room.toolbar')}>
          {presentationTools}
        </div>
      </div>
    );
  }
  return (
    <div className="room-screen" ref={screen}>
      <a className="skip-link" href="#room" onClick={skipToRoom}>
        {t('app.skipToRoom')}
      </a>
      <header className="room-header">
        <button type="button" className="back" onClick={onBack}>
          {t('room.backToSessions')}
        </button>
        <div className="room-title">
          <div className="room-title-line">
            <h1>{heading.client}</h1>
            <SaveIndicator />
          </div>
          <p className="intention">{heading.intention}</p>
        </div>
        {headerTools}
        <HeaderMenu>
          {menu}
          <LanguagePicker />
        </HeaderMenu>
      </header>
      <StorageLostBanner onExport={onExportNow} />
      {readOnly && (
        <p className="banner" role="status">
          {t('storage.readOnlyTab')}
        </p>
      )}
      <div className="room-body">
        <main className="room-column" id="room">
          <div className="room-tools" ref={toolsRow}>
            {tools}
          </div>
          <div className="room-stage">
            <div className="room-canvas">{room}</div>
            {viewTools}
          </div>
        </main>
        <aside className="room-side">{side}</aside>
      </div>
    </div>
  );
}
