-- A recording database as SoopChat wrote it under schema version 1 (before
-- unique_chatters and the full-text index), for tst_sessionstore's migration
-- test. The CREATE statements are exactly those of SessionSchema version 1;
-- the test checks that. One statement per ";" at a line end.
CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    platform TEXT NOT NULL,
    channel TEXT NOT NULL,
    broadcast_no TEXT,
    title TEXT,
    streamer_nickname TEXT,
    started_at INTEGER NOT NULL,
    ended_at INTEGER,
    events INTEGER NOT NULL DEFAULT 0,
    chats INTEGER NOT NULL DEFAULT 0,
    star_balloons INTEGER NOT NULL DEFAULT 0,
    ad_balloons INTEGER NOT NULL DEFAULT 0,
    video_balloons INTEGER NOT NULL DEFAULT 0,
    subscriptions INTEGER NOT NULL DEFAULT 0);
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions(id),
    received_at INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    type TEXT NOT NULL,
    user_id TEXT,
    nickname TEXT,
    roles INTEGER NOT NULL DEFAULT 0,
    text TEXT,
    count INTEGER,
    json TEXT NOT NULL);
CREATE UNIQUE INDEX events_session_seq ON events(session_id, seq);
CREATE INDEX events_session_time ON events(session_id, received_at);
CREATE INDEX events_type ON events(type, session_id);
CREATE INDEX events_user ON events(user_id);
INSERT INTO sessions (id, platform, channel, broadcast_no, title, streamer_nickname, started_at, ended_at, events, chats, star_balloons, ad_balloons, video_balloons, subscriptions)
VALUES (1, 'soop', 'oldbj', '270000001', '예전 방송', '옛날BJ', 1790000000000, 1790003600000, 4, 3, 50, 0, 0, 0);
INSERT INTO sessions (id, platform, channel, broadcast_no, title, streamer_nickname, started_at, ended_at, events, chats, star_balloons, ad_balloons, video_balloons, subscriptions)
VALUES (2, 'soop', 'oldbj2', '270000002', '두 번째', '옛날BJ2', 1790010000000, NULL, 1, 1, 0, 0, 0, 0);
INSERT INTO events (session_id, received_at, seq, type, user_id, nickname, roles, text, count, json)
VALUES (1, 1790000001000, 1, 'chat', 'old1', '옛날사람', 16, '반가워요 여러분', NULL, '{"type":"chat","service":5,"return_code":0,"received_at":"2026-09-21T14:13:21.000Z","text":"반가워요 여러분","user_id":"old1","nickname":"옛날사람","flags":{"flag1":32,"flag2":0,"roles":["fan_club"]},"subscription_months":-1}');
INSERT INTO events (session_id, received_at, seq, type, user_id, nickname, roles, text, count, json)
VALUES (1, 1790000002000, 2, 'chat', 'old2', '다른사람', 0, 'ㅋㅋㅋ', NULL, '{"type":"chat","service":5,"return_code":0,"received_at":"2026-09-21T14:13:22.000Z","text":"ㅋㅋㅋ","user_id":"old2","nickname":"다른사람","flags":{"flag1":0,"flag2":0,"roles":[]},"subscription_months":-1}');
INSERT INTO events (session_id, received_at, seq, type, user_id, nickname, roles, text, count, json)
VALUES (1, 1790000003000, 3, 'chat', 'old1', '옛날사람', 16, '또 왔어요', NULL, '{"type":"chat","service":5,"return_code":0,"received_at":"2026-09-21T14:13:23.000Z","text":"또 왔어요","user_id":"old1","nickname":"옛날사람","flags":{"flag1":32,"flag2":0,"roles":["fan_club"]},"subscription_months":-1}');
INSERT INTO events (session_id, received_at, seq, type, user_id, nickname, roles, text, count, json)
VALUES (1, 1790000004000, 4, 'balloon', 'old2', '다른사람', 0, NULL, 50, '{"type":"balloon","service":18,"return_code":0,"received_at":"2026-09-21T14:13:24.000Z","streamer_id":"oldbj","user_id":"old2","nickname":"다른사람","count":50,"fan_club_ordinal":0}');
INSERT INTO events (session_id, received_at, seq, type, user_id, nickname, roles, text, count, json)
VALUES (2, 1790010001000, 1, 'chat', 'old3', '세번째', 0, '안녕', NULL, '{"type":"chat","service":5,"return_code":0,"received_at":"2026-09-21T17:00:01.000Z","text":"안녕","user_id":"old3","nickname":"세번째","flags":{"flag1":0,"flag2":0,"roles":[]},"subscription_months":-1}');
PRAGMA user_version = 1;
