#!/usr/bin/env python3
"""Writes tests/data/decoder-snapshots.jsonl: one synthetic packet per event
type of docs/EVENTS.md with the exact JSON line the decoder must print.

The expected lines were checked by hand against EVENTS.md and the field
layouts of SOOP-PROTOCOL.md §7, in the form events had before they were
platform-neutral; neutral() turns each into today's form (docs/EVENTS.md,
"Older recordings and exports"). Rerun this only when adding a case."""
import base64, json, pathlib

FF = "\x0c"

def packet(service, fields, rc=0):
    body = FF + "".join(f + FF for f in fields) if fields is not None else ""
    b = body.encode()
    return b"\x1b\t%04d%06d%02d" % (service, len(b), rc) + b

def raw(service, body=b"", rc=0):
    return b"\x1b\t%04d%06d%02d" % (service, len(body), rc) + body

C = [
 ("keepalive", packet(0, []), '{"type":"keepalive","service":0,"return_code":0}'),
 ("login error", packet(1, ["시스템 에러가 발생 했습니다. (중복 세션)"], 7),
  '{"type":"login_reply","service":1,"return_code":7,"message":"시스템 에러가 발생 했습니다. (중복 세션)"}'),
 ("join wrong password", packet(2, ["비밀번호가 틀렸습니다."]),
  '{"type":"join_reply","service":2,"return_code":0,"message":"비밀번호가 틀렸습니다."}'),
 ("join password error code", packet(2, ["wrong"], 57),
  '{"type":"join_reply","service":2,"return_code":57,"message":"wrong"}'),
 ("user enter list", packet(4, ["1", "a(2)", "닉A", "32|0", "b", "닉B", "4|0"]),
  '{"type":"user_enter","service":4,"return_code":0,"users":[{"user_id":"a","nickname":"닉A","flags":{"flag1":32,"flag2":0,"roles":["fan_club"]}},{"user_id":"b","nickname":"닉B","flags":{"flag1":4,"flag2":0,"roles":["host"]}}]}'),
 ("user leave kicked", packet(4, ["-1", "a", "닉A", "2", "1|2", "32|0"]),
  '{"type":"user_leave","service":4,"return_code":0,"user_id":"a","nickname":"닉A","flags":{"flag1":32,"flag2":0,"roles":["fan_club"]},"kicked":true}'),
 ("user leave normal", packet(4, ["-1", "a", "A", "1", "1|2", "0|0"]),
  '{"type":"user_leave","service":4,"return_code":0,"user_id":"a","nickname":"A","flags":{"flag1":0,"flag2":0,"roles":[]},"kicked":false}'),
 ("chat strips carriage returns", packet(5, ["line1\rline2", "v(3)", "1122867", "0", "3", "nick", "268435488|262144", "4", "light", "dark", "8"]),
  '{"type":"chat","service":5,"return_code":0,"text":"line1line2","user_id":"v","nickname":"nick","flags":{"flag1":268435488,"flag2":262144,"roles":["fan_club","subscriber"]},"subscription_months":4}'),
 ("chat with an empty body", raw(5), '{"type":"chat","service":5,"return_code":0}'),
 ("status", packet(7, ["1"]), '{"type":"status","service":7,"return_code":0,"value":1}'),
 ("mute", packet(8, ["target", "32|0", "60", "2", "bj", "1", "label", "대상"]),
  '{"type":"mute","service":8,"return_code":0,"user_id":"target","nickname":"대상","seconds":60,"count":2,"by_user_id":"bj"}'),
 ("whisper", packet(9, ["안녕", "from", "to", "1", "3", "보낸이", "받는이", "32|0"]),
  '{"type":"whisper","service":9,"return_code":0,"text":"안녕","user_id":"from","nickname":"보낸이"}'),
 ("flag change", packet(12, ["1048580|0", "u(2)", "N", "0", "0", "4|0"]),
  '{"type":"flag_change","service":12,"return_code":0,"user_id":"u","nickname":"N","flags":{"flag1":1048580,"flag2":0,"roles":["host","supporter"]},"previous_flags":{"flag1":4,"flag2":0,"roles":["host"]}}'),
 ("manager appointed", packet(13, ["user", "269025632|688128", "1", "manager"]),
  '{"type":"manager_change","service":13,"return_code":0,"user_id":"user","nickname":"manager","flags":{"flag1":269025632,"flag2":688128,"roles":["manager","fan_club","subscriber"]},"appointed":true}'),
 ("manager dismissed", packet(13, ["user", "64|0", "0", "m"]),
  '{"type":"manager_change","service":13,"return_code":0,"user_id":"user","nickname":"m","flags":{"flag1":64,"flag2":0,"roles":["manager"]},"appointed":false}'),
 ("nickname change", packet(14, ["user", "새닉", "1", "32768|0", "옛닉"]),
  '{"type":"nickname_change","service":14,"return_code":0,"user_id":"user","nickname":"새닉","previous_nickname":"옛닉","flags":{"flag1":32768,"flag2":0,"roles":["top_fan"]}}'),
 ("relay balloon 0033", packet(33, ["relay", "bj", "fan", "팬", "50", "3", "0", "123"]),
  '{"type":"balloon","service":33,"return_code":0,"streamer_id":"bj","user_id":"fan","nickname":"팬","count":50,"fan_club_ordinal":3}'),
 ("freeze on", packet(21, ["1", "0", "528", "0", "0"]),
  '{"type":"freeze","service":21,"return_code":0,"frozen":true,"allowed_roles":["host","manager"]}'),
 ("freeze with rules", packet(21, ["1", "0", "48", "100", "3"]),
  '{"type":"freeze","service":21,"return_code":0,"frozen":true,"allowed_roles":["host","fan_club"],"min_balloons":100,"min_months":3}'),
 ("freeze off old", packet(19, ["0"]), '{"type":"freeze","service":19,"return_code":0,"frozen":false}'),
 ("slow mode manual", packet(23, ["0", "5"]), '{"type":"slow_mode","service":23,"return_code":0,"seconds":5}'),
 ("slow mode automatic", packet(23, ["3", "0"]), '{"type":"slow_mode","service":23,"return_code":0,"seconds":3}'),
 ("manager chat", packet(26, ["매니저 공지", "mgr", "1", "3", "매니저", "256|0", "-1"]),
  '{"type":"manager_chat","service":26,"return_code":0,"text":"매니저 공지","user_id":"mgr","nickname":"매니저","flags":{"flag1":256,"flag2":0,"roles":["manager"]}}'),
 ("poll", packet(50, ["4", "bj", "42", "1"]), '{"type":"poll","service":50,"return_code":0,"status":4}'),
 ("admin notice", packet(58, ["운영 공지", "0", ""]), '{"type":"admin_notice","service":58,"return_code":0,"text":"운영 공지"}'),
 ("vod balloon", packet(86, ["bj", "fan", "팬", "2894", "x", "1", "123", "ko_KR", "1"]),
  '{"type":"vod_balloon","service":86,"return_code":0,"streamer_id":"bj","user_id":"fan","nickname":"팬","count":2894}'),
 ("ad balloon", packet(87, ["4650", "devil0108", "viewer001", "시청자1", "애드벌룬 10개 선물!", "m", "", "u1", "u2", "10", "0", "0", "0", "0"]),
  '{"type":"ad_balloon","service":87,"return_code":0,"streamer_id":"devil0108","user_id":"viewer001","nickname":"시청자1","count":10,"fan_club_ordinal":0,"text":"애드벌룬 10개 선물!"}'),
 ("broadcast end", raw(88), '{"type":"broadcast_end","service":88,"return_code":0}'),
 ("subscription with tier", packet(91, ["90", "gosegu2", "viewer009", "시청자9", "103", "1", "28", "1"]),
  '{"type":"subscription","service":91,"return_code":0,"streamer_id":"gosegu2","user_id":"viewer009","nickname":"시청자9","item_type":103,"tier":1}'),
 ("subscription renewal", packet(93, ["gosegu2", "viewer008", "시청자8", "33", "90", "200", "33", "2"]),
  '{"type":"subscription_renewal","service":93,"return_code":0,"streamer_id":"gosegu2","user_id":"viewer008","nickname":"시청자8","months":33}'),
 ("notice", packet(104, ["0", "1", "0", "방송 공지입니다"]), '{"type":"notice","service":104,"return_code":0,"text":"방송 공지입니다"}'),
 ("video balloon", packet(105, ["123", "bj", "fan", "팬", "5", "7", "0", "0", "0"]),
  '{"type":"video_balloon","service":105,"return_code":0,"streamer_id":"bj","user_id":"fan","nickname":"팬","count":5,"fan_club_ordinal":7}'),
 ("station ad balloon", packet(107, ["bj", "fan", "팬", "500", "https://img", "방송국 애드벌룬", "123"]),
  '{"type":"station_ad_balloon","service":107,"return_code":0,"streamer_id":"bj","user_id":"fan","nickname":"팬","count":500,"text":"방송국 애드벌룬"}'),
 ("subscription gift", packet(108, ["0", "giver", "주는이", "recv(2)", "받는이", "bj", "BJ", "11", "code"]),
  '{"type":"subscription_gift","service":108,"return_code":0,"user_id":"giver","nickname":"주는이","to_user_id":"recv","to_nickname":"받는이","item_type":11}'),
 ("ogq sticker", packet(109, ["123", "", "grp", "sub", "1", "fan", "팬", "32|0", "0", "3", "1", "png", "-1", "", "", "0", "0", "1"]),
  '{"type":"ogq_sticker","service":109,"return_code":0,"user_id":"fan","nickname":"팬","flags":{"flag1":32,"flag2":0,"roles":["fan_club"]},"text":"","image_url":"https://ogq-sticker-global-cdn-z01.sooplive.com/sticker/grp/sub_160.webp"}'),
 ("mission", packet(121, ['{"type":"CHALLENGE_GIFT","gift_count":10,"user_nick":"팬"}']),
  '{"type":"mission","service":121,"return_code":0,"payload":{"gift_count":10,"type":"CHALLENGE_GIFT","user_nick":"팬"}}'),
 ("unknown service keeps raw fields", packet(999, ["a", "나"]), '{"type":"unknown","service":999,"return_code":0,"fields":["a","나"]}'),
 ("a count that is not a number", packet(18, ["bj", "fan", "nick", "abc"]),
  '{"type":"malformed","reason":"service 0018 F[3] (count): \\"abc\\" is not an integer","offset":0}'),
 ("flags that are not flags", packet(5, ["t", "u", "0", "0", "3", "n", "16|x"]),
  '{"type":"malformed","reason":"service 0005 F[6] (flags): \\"16|x\\" is not a user flag \\"flag1|flag2\\"","offset":0}'),
 ("a mission that is not JSON", packet(125, ["{oops"]), None),
]

def neutral_flags(target, flags, roles_key, raw, prefix):
    target[roles_key] = flags["roles"]
    raw[prefix + "flag1"] = flags["flag1"]
    raw[prefix + "flag2"] = flags["flag2"]


def neutral(old_json):
    """The same event as it is written now: "platform" after "type", roles
    where the flags were, and SOOP's packet fields and raw flags in "soop"."""
    old = json.loads(old_json)
    new, raw = {}, {}
    for key, value in old.items():
        if key in ("service", "return_code"):
            raw[key] = value
        elif key == "flags":
            neutral_flags(new, value, "roles", raw, "")
        elif key == "previous_flags":
            neutral_flags(new, value, "previous_roles", raw, "previous_")
        elif key == "users":
            users = []
            for user in value:
                u = {k: v for k, v in user.items() if k != "flags"}
                if "flags" in user:
                    u["roles"] = user["flags"]["roles"]
                    u["soop"] = {"flag1": user["flags"]["flag1"], "flag2": user["flags"]["flag2"]}
                users.append(u)
            new[key] = users
        else:
            new[key] = value
        if key == "type":
            new["platform"] = "soop"
    ordered = {k: raw[k] for k in ("service", "return_code", "flag1", "flag2", "previous_flag1", "previous_flag2")
               if k in raw}
    if ordered:
        new["soop"] = ordered
    return json.dumps(new, ensure_ascii=False, separators=(",", ":"))


out = pathlib.Path(__file__).resolve().parents[2] / "tests/data/decoder-snapshots.jsonl"
with out.open("w", encoding="utf-8") as f:
    for name, data, expect in C:
        row = {"name": name, "packet_b64": base64.b64encode(data).decode(), "packet_escaped": repr(data.decode())[1:-1]}
        if expect is None:
            row["expect_type"] = "malformed"
        else:
            row["expect"] = neutral(expect)
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
print(f"wrote {len(C)} snapshots to {out}")
