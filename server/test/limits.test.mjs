// Limits: an oversized message, a document that would grow past its limit and a malformed
// update each close the offending connection; the server keeps serving everyone else.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import * as Y from 'yjs';
import { startRoomServer } from '../../scripts/room-fixtures.mjs';
import { connectSynced, rawSocket, until, updateMessage } from './clients.mjs';

/** A Yjs update that inserts `bytes` characters of text (hex, so it does not shrink). */
function textUpdate(bytes, doc = new Y.Doc()) {
  let update;
  doc.on('update', (u) => (update = u));
  doc.getText('big').insert(doc.getText('big').length, randomBytes(bytes / 2).toString('hex'));
  return update;
}

test('oversized message, document over its limit, malformed update: that connection closes, the others go on', async (t) => {
  const server = await startRoomServer({ token: 'dev', extraArgs: ['--max-message', '128k', '--max-document', '256k'] });
  t.after(() => server.stop());
  const a = await connectSynced({ url: server.url, room: 'limits', token: 'dev' });
  const b = await connectSynced({ url: server.url, room: 'limits', token: 'dev' });
  t.after(() => (a.destroy(), b.destroy()));
  let round = 0;
  const stillServing = async () => {
    round += 1;
    a.doc.getMap('m').set('round', round);
    await until(() => b.doc.getMap('m').get('round') === round, `edit ${round} to reach B`);
  };

  // 1. One message bigger than --max-message: the socket is closed with 1009 (message too big).
  {
    const raw = await rawSocket(server.url, 'limits', 'dev');
    raw.socket.send(updateMessage('limits', textUpdate(200 * 1024)));
    const { code } = await raw.closed;
    assert.equal(code, 1009);
    await stillServing();
    assert.equal(b.doc.getText('big').length, 0);
  }

  // 2. Updates that fit one by one until the document would pass --max-document: refused with 4413.
  {
    const raw = await rawSocket(server.url, 'limits', 'dev');
    const local = new Y.Doc();
    raw.socket.send(updateMessage('limits', textUpdate(100 * 1024, local)));
    raw.socket.send(updateMessage('limits', textUpdate(100 * 1024, local)));
    await until(() => b.doc.getText('big').length === 200 * 1024, 'the first two updates to reach B');
    raw.socket.send(updateMessage('limits', textUpdate(100 * 1024, local)));
    const { code, reason } = await raw.closed;
    assert.equal(code, 4413);
    assert.equal(reason, 'document-too-large');
    await stillServing();
    assert.equal(b.doc.getText('big').length, 200 * 1024, 'the refused update was not applied');
  }

  // 3. Garbage where an update belongs: the socket is closed with 4400, nothing is applied.
  {
    const raw = await rawSocket(server.url, 'limits', 'dev');
    raw.socket.send(updateMessage('limits', new Uint8Array([5, 200, 1, 255, 255, 255, 255, 15, 7, 7, 7])));
    const { code, reason } = await raw.closed;
    assert.equal(code, 4400);
    assert.equal(reason, 'malformed-update');
    await stillServing();
  }
  // 4. A message that is not even a Hocuspocus message.
  {
    const raw = await rawSocket(server.url, 'limits', 'dev');
    raw.socket.send(new Uint8Array([255, 255, 255, 255, 255, 255, 255, 255, 255, 255]));
    await raw.closed;
    await stillServing();
  }
  assert.equal(server.process.exitCode, null, 'the server is still running');
});
