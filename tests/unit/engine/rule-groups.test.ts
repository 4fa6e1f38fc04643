// One fixture per clutter rule group: each is an article plus that group's clutter, inside the
// article's container and around it. The clutter must go and the article must stay.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_GROUP_NAMES, type RuleGroupName } from '../../../engine/rules';
import { FIXTURES, readFixture } from './load';

const EN_FIRST = 'The river town of Millbrook voted on Tuesday to rebuild its century-old stone bridge';
const EN_LAST = "which they said needs urgent repairs of its own.";

const CASES: Record<RuleGroupName, { kept: string[]; gone: string[] }> = {
  consent: {
    kept: [EN_FIRST, EN_LAST],
    gone: ['We use cookies', 'Accept All Cookies', 'nos partenaires', 'Wir verwenden Cookies', 'We value your privacy',
      'Este sitio web utiliza cookies', 'This site uses cookies', 'Manage preferences'],
  },
  navigation: {
    kept: [EN_FIRST, EN_LAST, 'Funding the repairs', 'The bridge at dawn, seen from the east bank.'],
    gone: ['Skip to content', 'Obituaries', 'Schools', 'Roads', 'Infrastructure', 'Previous article', 'Library extends weekend hours',
      'Table of contents', 'What it will cost', 'Previous Post', "Farmers' market", 'Skating rink', 'Back to top',
      'Harbour lights', 'Orchard fair', 'Town choir', 'Jump to chapter', '[edit]', 'Why the arches stayed', 'The detour through the north end', 'Show Caption'],
  },
  promo: {
    kept: ['La ville de Rivières a inauguré samedi sa nouvelle médiathèque', 'des expositions tout au long de l\'année.'],
    gone: ['Lire aussi', 'La gare fermée depuis trente ans', 'Similaire', 'Le marché couvert', 'Vous aimerez aussi',
      'Le conservatoire', 'À lire aussi', 'Le festival', 'Related posts', 'Museum opens new wing', 'Das könnte Sie auch interessieren', 'Neue Radwege',
      'Become a patron', 'You might like', 'Le verger communal', 'Filter and sort', 'Latest News', 'Le pont des Tanneurs', 'cultivent désormais des légumes', 'La halle aux grains', 'Le carillon',
      'Read full review', 'Also in the News', 'Soutenez La Gazette', 'petit don', 'Le musée des Beaux-Arts', 'fermeture des quais', 'toutes les vingt minutes',
      'More like this', 'Lampe de bureau en laiton', 'Complete your order', 'Carte de lecteur', 'Related questions', 'prête-t-elle des liseuses',
      'Free standard shipping', 'Livraison gratuite', 'Score free shipping', 'shipping rates', 'The Courier Weekly', 'La halle aux poissons', 'retrouve ses étals', 'Michel Roux', 'Une équipe formidable'],
  },
  shop: {
    kept: ['Trail running shoes trade the soft, smooth ride of a road shoe', 'or the midsole has lost its spring.'],
    gone: ['Showing all 96 results', 'Only the ones we stock', 'Sort by', 'Best selling', 'Trier par', 'Meilleures ventes', 'Loaded 96 products',
      'Page 2 of 4', 'scroll right to see all products', 'Shop Pay', 'Afterpay', 'Shipping &amp; Returns', 'Shipping & Returns', 'within two business days'],
  },
  social: {
    kept: [EN_FIRST, EN_LAST],
    gone: ['Facebook', 'Share this', 'Twitter', 'Follow us', 'Partager', 'Teilen', 'WhatsApp', 'Pin this for later', 'please share it',
      'Pinterest', 'Stay connected'],
  },
  newsletter: {
    kept: [EN_FIRST, EN_LAST],
    gone: ['The Courier Daily', 'inbox every morning', 'Subscribe to our newsletter', 'Email Address', 'Abonnez-vous',
      'Newsletter abonnieren', 'Suscríbete', 'Join our mailing list', 'every Friday', 'Join here', 'Subscribe', 'Join Medium for free',
      'Thank you for subscribing'],
  },
  signin: {
    kept: [EN_FIRST, EN_LAST],
    gone: ['Subscribe to keep reading', 'limit of free articles', 'Sign in to continue reading', 'Create a free account',
      'Welcome back', 'Sign in to your account', 'Lost your password', 'Already a paid subscriber', 'Unlock this article', '$8 a month'],
  },
  comments: {
    kept: [EN_FIRST, EN_LAST],
    gone: ['thoughts on', 'Harold', 'quarry the stone', 'learn how to count', 'Leave a Reply', 'Reply', 'Post Comment',
      'Disqus', 'Laisser un commentaire', 'Kommentar schreiben', 'How useful was this post', 'Vote count', 'No votes so far',
      'Was this article helpful', 'How was this issue'],
  },
  author: {
    kept: [EN_FIRST, EN_LAST],
    gone: ['Marta covers town hall', 'About the Author', 'lives upriver', 'More by the author', 'The ferry that nobody wanted',
      'Über den Autor', 'Jonas Brandt', 'Written by', 'About the Reviewer', 'surveyed more than forty masonry bridges',
      'Olek Marsh', 'Associate Editor', 'anything that floats', 'Last updated', 'kept bees', 'Fact-checked by', 'Ana Ruiz', 'Last reviewed'],
  },
  ads: {
    kept: ['Die Stadt Lindenau hat am Mittwoch beschlossen', 'von einem unabhängigen Institut prüfen zu lassen.'],
    gone: ['Anzeige', 'Advertisement', 'Publicité', 'Jetzt Angebot sichern', 'Sponsored Links', "You Won't Believe",
      'Recommended by', 'Die besten Reiseziele', 'Article continues below', 'affiliate links', 'Amazon Associate'],
  },
  credits: {
    kept: [EN_FIRST, EN_LAST, 'The arches were laid by hand in 1911.', 'image: courier/bridge-sensors:2.1'],
    gone: ['Dana Reyes', 'Millbrook Historical Society', 'Courtesy of the Town', 'Getty Images', 'Lena Ortiz', 'Jo Park', 'Harbour Studio',
      'Rowing Club'],
  },
  placeholder: {
    kept: [EN_FIRST, EN_LAST, 'The north arch', 'The east bank deck'],
    gone: ['Lorem ipsum', 'consectetur adipiscing', 'Ut enim ad minim'],
  },
  footer: {
    kept: [EN_FIRST, EN_LAST],
    gone: ['About us', 'since 1898', 'Contact the newsroom', 'Careers', 'All rights reserved', 'Impressum',
      'Mentions légales', 'Privacy Policy', 'derechos reservados'],
  },
};

describe('rule groups', () => {
  it('has a case for every group and a group for every case', () => {
    expect(Object.keys(CASES).sort()).toEqual([...RULE_GROUP_NAMES].sort());
  });

  it.each(RULE_GROUP_NAMES)('group %s has a fixture', (group) => {
    expect(existsSync(join(FIXTURES, 'rules', `${group}.html`))).toBe(true);
  });

  describe.each(RULE_GROUP_NAMES)('%s fixture', (group) => {
    const article = readFixture(`rules/${group}.html`);
    const { kept, gone } = CASES[group];

    it.each(kept)('keeps "%s"', (phrase) => {
      expect(article.text).toContain(phrase);
      expect(article.html).toContain(phrase);
    });

    it.each(gone)('drops "%s"', (phrase) => {
      expect(article.text.toLowerCase()).not.toContain(phrase.toLowerCase());
      expect(article.html.toLowerCase()).not.toContain(phrase.toLowerCase());
    });

    it('keeps every paragraph of the article', () => {
      expect(article.text.split('\n\n').length).toBeGreaterThanOrEqual(5);
    });
  });
});
