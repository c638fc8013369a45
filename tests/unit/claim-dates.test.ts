import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  claimTime,
  claimTimeText,
  statementSpan,
  statementSpanText,
  type Source,
} from '../../src/site/claim-dates.ts';
import type { PartialDate } from '../../src/vocabulary/dates.ts';

const d = (text: string) => text as PartialDate;
const vorlage: Source = { title: 'Vorlage 2015/179', date: d('2015') };
const release: Source = { title: 'Kommunen skizzieren Zukunftsbild', date: d('2023-11-17') };
const undated: Source = { title: 'Bündnis Zukunft in Sicherheit' };

test('a claim has its own date, else its source’s, else the single source’s; never the newest of the page', () => {
  assert.deepEqual(claimTime({ date: d('2019-02') }, [vorlage, release]), {
    kind: 'dated',
    date: '2019-02',
  });
  assert.deepEqual(claimTime({ source: 1 }, [vorlage, release]), {
    kind: 'dated',
    date: '2015',
    source: 1,
  });
  assert.deepEqual(claimTime({}, [vorlage]), { kind: 'dated', date: '2015', source: 1 });
  assert.deepEqual(claimTime({}, [vorlage, release]), { kind: 'unknown' });
  assert.deepEqual(claimTime({}, [undated]), { kind: 'undated-source', source: 1 });
  assert.deepEqual(claimTime({ source: 3 }, [vorlage, release]), { kind: 'unknown' });
  assert.equal(
    claimTimeText(claimTime({ source: 2 }, [vorlage, release])),
    'Stand: 17. November 2023',
  );
  assert.equal(claimTimeText(claimTime({}, [undated])), 'Quelle ohne Datum');
  assert.equal(claimTimeText(claimTime({}, [])), undefined);
});

test('the page names the span of its statements, and says when a source has no date', () => {
  assert.equal(
    statementSpanText(statementSpan([vorlage, release], [])),
    'Angaben aus 2015 bis 2023',
  );
  assert.equal(statementSpanText(statementSpan([release], [])), 'Angaben von 17. November 2023');
  assert.equal(statementSpanText(statementSpan([release], [d('2023-05')])), 'Angaben aus 2023');
  assert.equal(statementSpanText(statementSpan([undated], [])), 'Quelle ohne Datum');
  assert.equal(
    statementSpanText(statementSpan([undated, vorlage], [d('2014')])),
    'Angaben aus 2014 bis 2015; eine Quelle ohne Datum',
  );
  assert.equal(statementSpanText(statementSpan([], [])), undefined);
});
