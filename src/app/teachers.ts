import type { ContentPack } from '../core/content/types.ts';
import type { Assignment } from '../core/share/assignment.ts';
import { t } from '../i18n/index.ts';
import type { Screen, ScreenId } from '../ports/screen.ts';
import type { RecordStore } from '../ports/storage.ts';
import type { LiveEntry } from './live.ts';
import type { Notices } from './notices.ts';
import { DEFAULT_PACK_ID } from './packs.ts';
import type { StudioHost } from './studio.ts';

export interface TeachersHost {
  pack: ContentPack;
  records: RecordStore;
  newSeed: () => number;
  wallClock: () => number;
  live: LiveEntry;
  notices: Notices;
  showScreen(screen: Screen, redraw: () => void, id: ScreenId): void;
  title(): void;
  /** What "Write a quiz" (the authoring studio) needs to preview a quiz on the game's map. */
  studio?: Omit<StudioHost, 'showScreen' | 'teachers'>;
}

/** The teachers' page (round builder, sharing, saved rounds), loaded only when asked for: students never download it. */
export function openTeachers(host: TeachersHost): void {
  import('../ui/screens/teacher/teacherPage.ts').then(
    ({ TeacherPage }) => {
      const page = new TeacherPage({
        pack: host.pack,
        records: host.records,
        newSeed: host.newSeed,
        now: host.wallClock,
        // A link to another pack than the default opens that pack (links made before packs open the default).
        gameUrl: `${location.origin}${location.pathname}${host.pack.id === DEFAULT_PACK_ID ? '' : `?pack=${host.pack.id}`}`,
        home: () => host.title(),
        ...(host.live.hostsThisPack() ? { hostLive: (a: Assignment) => host.live.openHost(a) } : {}),
        ...(host.studio ? { openStudio: () => openStudio(host) } : {}),
      });
      const draw = (): void => host.showScreen(page.screen(), draw, 'teacher');
      draw();
    },
    () => {
      host.notices.set(t('builder.loadFailed'));
      host.title();
    },
  );
}

/** "Write a quiz", loaded only when opened (./studio.ts): never in a student's first bytes. */
function openStudio(host: TeachersHost): void {
  const studio = host.studio;
  if (!studio) return;
  import('./studio.ts').then(
    (m) => m.openStudio({ ...studio, showScreen: host.showScreen, teachers: () => openTeachers(host) }),
    () => {
      host.notices.set(t('studio.loadFailed'));
      host.title();
    },
  );
}
