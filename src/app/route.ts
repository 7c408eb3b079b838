import { useSyncExternalStore } from 'react';
import { type SessionId, sessionId } from '../domain/model/ids';

/** Screens live in the URL's hash, so a reload returns to the same screen and nothing reaches a server. */
export type Route =
  | { screen: 'library' }
  | { screen: 'new' }
  | { screen: 'session'; id: SessionId }
  | { screen: 'replay'; id: SessionId }
  /** A client's invite to a live room: the room id and key stay in the fragment, which no server sees. */
  | { screen: 'join'; link: string };

/** An invite link's fragment, `#/join/<room>/<key>`; the join screen checks the two parts. */
export const isJoinHash = (hash: string): boolean => /^#?\/join(\/|$)/.test(hash);

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  if (path === '/new') return { screen: 'new' };
  if (isJoinHash(path)) return { screen: 'join', link: hash };
  const session = /^\/session\/([^/]+)(\/replay)?$/.exec(path);
  if (session?.[1]) return { screen: session[2] ? 'replay' : 'session', id: sessionId(decodeURIComponent(session[1])) };
  return { screen: 'library' };
}

export function routeHash(route: Route): string {
  switch (route.screen) {
    case 'library':
      return '#/';
    case 'new':
      return '#/new';
    case 'session':
      return `#/session/${encodeURIComponent(route.id)}`;
    case 'replay':
      return `#/session/${encodeURIComponent(route.id)}/replay`;
    case 'join':
      return route.link.startsWith('#') ? route.link : `#${route.link}`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = routeHash(route);
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
