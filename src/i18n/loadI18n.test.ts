import { describe, expect, it } from 'vitest';
import { CATALOGUES } from './i18n';
import { loadI18n, switchLanguage } from './loadI18n';

describe('loadI18n', () => {
  it('starts with the chosen language alone', async () => {
    const i18n = await loadI18n('nb');
    expect(i18n.language).toBe('nb');
    expect(i18n.t('figurePanel.name')).toBe('Navn');
    expect(i18n.hasResourceBundle('nb', 'translation')).toBe(true);
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(false);
  });

  it('loads the next language before switching, so the first words after the switch are already its own', async () => {
    const i18n = await loadI18n('en');
    const heard: string[] = [];
    i18n.on('languageChanged', () => heard.push(i18n.t('figurePanel.remove')));
    await switchLanguage(i18n, 'de');
    expect(i18n.language).toBe('de');
    await switchLanguage(i18n, 'nn');
    expect(heard).toEqual([CATALOGUES.de.figurePanel.remove, CATALOGUES.nn.figurePanel.remove]);
    expect(heard).not.toContain(CATALOGUES.en.figurePanel.remove);
  });
});
