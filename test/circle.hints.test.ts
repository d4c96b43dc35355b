import { expect } from '@open-wc/testing';
import { looksLikeRoleOrGroup, looksLikeRoleOrGroupInAny, roleWords } from '../src/support-circle/circle.hints.js';

describe('support circle: names, not job titles or groups (pure)', () => {
  it('spots English job titles and groups', () => {
    for (const name of ['the GP', 'GP', 'gp', 'managers', 'The manager', 'team', 'Residents', 'staff', 'our social workers', 'the district nurse', 'Parents of Year 6', 'all volunteers', 'young people', 'Doctors']) {
      expect(looksLikeRoleOrGroup(name, 'en'), name).to.equal(true);
    }
  });

  it('spots Dutch job titles and groups, with plurals and compounds', () => {
    for (const name of ['de huisarts', 'Huisarts', 'huisartsen', 'managers', 'bewoners', 'de ouders van Sem', 'wijkagent', 'De gemeente', 'het wijkteam', 'jeugdarts', 'tandartsen', "collega's", 'Cliënten', 'de buurtbewoners', 'alle vrijwilligers', 'twee leerkrachten', 'Team']) {
      expect(looksLikeRoleOrGroup(name, 'nl'), name).to.equal(true);
    }
  });

  it('leaves the names of people alone', () => {
    for (const name of ['Fatima', 'Anna de Vries', 'Henk Bakker', 'Jens', 'Kees', 'Mehmet Yılmaz', 'De Groot', 'van Dam', 'Bart', 'Maarten', 'Noor']) {
      expect(looksLikeRoleOrGroup(name, 'nl'), `${name} (nl)`).to.equal(false);
      expect(looksLikeRoleOrGroup(name, 'en'), `${name} (en)`).to.equal(false);
    }
  });

  it('knows Flemish roles and organisations, and organisations followed by a place', () => {
    for (const name of ['OCMW', 'CAW', 'Huis van het Kind', 'kinesist', 'Gemeente Utrecht', 'Wijkteam Oost', 'de verpleging', 'ervaringsdeskundigen', 'OCMW Gent', 'het CAW Oost-Vlaanderen', 'de thuisverpleging']) {
      expect(looksLikeRoleOrGroup(name, 'nl'), name).to.equal(true);
    }
    expect(looksLikeRoleOrGroup('Council of Leeds', 'en')).to.equal(true);
    // A role before a name is still a person.
    expect(looksLikeRoleOrGroup('kinesist Jef', 'nl')).to.equal(false);
  });

  it('takes a job followed by a name as a person ("juf Anna", "huisarts Jansen")', () => {
    expect(looksLikeRoleOrGroup('juf Anna', 'nl')).to.equal(false);
    expect(looksLikeRoleOrGroup('huisarts Jansen', 'nl')).to.equal(false);
    expect(looksLikeRoleOrGroup('Nurse Ratched', 'en')).to.equal(false);
    expect(looksLikeRoleOrGroup('juf', 'nl')).to.equal(true);
    expect(looksLikeRoleOrGroup('de huisarts van Anna', 'nl')).to.equal(true);
  });

  it('says nothing for empty text or a locale without a list', () => {
    expect(looksLikeRoleOrGroup('', 'nl')).to.equal(false);
    expect(looksLikeRoleOrGroup('   ', 'en')).to.equal(false);
    expect(looksLikeRoleOrGroup('de huisarts', 'fy')).to.equal(false);
  });

  it('can be extended per locale by a host, and per check', () => {
    expect(looksLikeRoleOrGroup('de buurtvaders', 'nl')).to.equal(false);
    roleWords.nl.push('buurtvader');
    try {
      expect(looksLikeRoleOrGroup('de buurtvaders', 'nl')).to.equal(true);
    } finally {
      roleWords.nl.pop();
    }
    expect(looksLikeRoleOrGroup('de buurtvaders', 'nl')).to.equal(false);
    expect(looksLikeRoleOrGroup('the key holders', 'en', ['key holder'])).to.equal(true);
    expect(looksLikeRoleOrGroup('the key holders', 'en')).to.equal(false);
    roleWords.fy = ['húsdokter'];
    try {
      expect(looksLikeRoleOrGroup('de húsdokter', 'fy')).to.equal(true);
    } finally {
      delete roleWords.fy;
    }
  });

  it('checks several languages at once, as each alone would', () => {
    for (const name of ['de huisarts', 'the GP', 'jeugdarts', 'wijkverpleegkundigen', 'Fatima', 'juf Anna', 'Gemeente Utrecht', '', '  ', "collega's"]) {
      for (const locales of [['en', 'nl'], ['nl', 'en'], ['nl'], ['fy']]) {
        expect(looksLikeRoleOrGroupInAny(name, locales), `${name} in ${locales}`).to.equal(locales.some((locale) => looksLikeRoleOrGroup(name, locale)));
      }
    }
    expect(looksLikeRoleOrGroupInAny('the key holders', ['nl', 'en'], ['key holder'])).to.equal(true);
  });
});
