//! Tests of the SIP message parser.

use super::*;

/// The wire form of a test message written with `\n`.
fn crlf(s: &str) -> String {
    s.replace("\r\n", "\n").replace('\n', "\r\n")
}

/// RFC 3261 §24.2 F1 style INVITE with an SDP body.
const INVITE: &str = "INVITE sip:bob@biloxi.com SIP/2.0
Via: SIP/2.0/UDP pc33.atlanta.com;branch=z9hG4bKnashds8
Max-Forwards: 70
To: Bob <sip:bob@biloxi.com>
From: Alice <sip:alice@atlanta.com>;tag=1928301774
Call-ID: a84b4c76e66710
CSeq: 314159 INVITE
Contact: <sip:alice@pc33.atlanta.com>
Content-Type: application/sdp
Content-Length: 156

v=0
o=alice 2890844526 2890844526 IN IP4 pc33.atlanta.com
s=Session SDP
c=IN IP4 pc33.atlanta.com
t=0 0
m=audio 49172 RTP/AVP 0
a=rtpmap:0 PCMU/8000
";

const BUSY: &str = "SIP/2.0 486 Busy Here
Via: SIP/2.0/UDP pc33.atlanta.com;branch=z9hG4bKnashds8;received=192.0.2.1
To: Bob <sip:bob@biloxi.com>;tag=a6c85cf
From: Alice <sip:alice@atlanta.com>;tag=1928301774
Call-ID: a84b4c76e66710
CSeq: 314159 INVITE
Content-Length: 0

";

const REGISTER: &str = "REGISTER sips:ss2.biloxi.example.com SIP/2.0
Via: SIP/2.0/TLS client.biloxi.example.com:5061;branch=z9hG4bKnashds7
Max-Forwards: 70
From: Bob <sips:bob@biloxi.example.com>;tag=a73kszlfl
To: Bob <sips:bob@biloxi.example.com>
Call-ID: 1j9FpLxk3uxtm8tn@biloxi.example.com
CSeq: 1 REGISTER
Contact: <sips:bob@client.biloxi.example.com>
Content-Length: 0

";

const UNAUTHORIZED: &str = "SIP/2.0 401 Unauthorized
Via: SIP/2.0/TLS client.biloxi.example.com:5061;branch=z9hG4bKnashds7
 ;received=192.0.2.201
From: Bob <sips:bob@biloxi.example.com>;tag=a73kszlfl
To: Bob <sips:bob@biloxi.example.com>;tag=1410948204
Call-ID: 1j9FpLxk3uxtm8tn@biloxi.example.com
CSeq: 1 REGISTER
WWW-Authenticate: Digest realm=\"atlanta.example.com\", qop=\"auth\",
\tnonce=\"ea9c8e88df84f1cec4341ae6cbe5a359\", opaque=\"\", stale=FALSE, algorithm=MD5
Content-Length: 0

";

fn value<'m>(m: &'m Message<'_>, name: &str) -> &'m str {
    m.header(name).map_or("<missing>", |h| h.value.as_str())
}

#[test]
fn invite_with_sdp_body_lf_and_crlf() {
    for input in [INVITE.to_string(), crlf(INVITE)] {
        let m = parse(&input).unwrap();
        assert_eq!(m.start, StartLine::Request { method: "INVITE", uri: "sip:bob@biloxi.com", version: "SIP/2.0" });
        assert_eq!(m.headers.len(), 9);
        assert_eq!(m.headers[0].name, "Via");
        assert_eq!(m.headers[8].line, 10);
        assert_eq!(value(&m, "call-id"), "a84b4c76e66710");
        assert_eq!(value(&m, "CSeq"), "314159 INVITE");
        assert!(m.body.starts_with("v=0"));
        assert!(m.body.contains("a=rtpmap:0 PCMU/8000"));
        assert_eq!(&input[m.body_offset..], m.body);
        assert_eq!(m.body_offset, input.find("v=0").unwrap());
    }
    // Content-Length counts the CRLF form; the parser itself does not check it (see the module docs).
    let wire = crlf(INVITE);
    let m = parse(&wire).unwrap();
    assert_eq!(value(&m, "l").parse(), Ok(m.body.len()));
}

#[test]
fn busy_here_response() {
    for input in [BUSY.to_string(), crlf(BUSY)] {
        let m = parse(&input).unwrap();
        assert_eq!(m.start, StartLine::Response { version: "SIP/2.0", code: 486, reason: "Busy Here" });
        assert_eq!(m.headers.len(), 6);
        assert_eq!(value(&m, "to"), "Bob <sip:bob@biloxi.com>;tag=a6c85cf");
        assert_eq!(m.body, "");
        assert_eq!(m.body_offset, input.len());
    }
}

#[test]
fn register_and_folded_www_authenticate() {
    let register = crlf(REGISTER);
    let m = parse(&register).unwrap();
    assert!(matches!(m.start, StartLine::Request { method: "REGISTER", uri: "sips:ss2.biloxi.example.com", .. }));
    let unauthorized = crlf(UNAUTHORIZED);
    let m = parse(&unauthorized).unwrap();
    assert!(matches!(m.start, StartLine::Response { code: 401, reason: "Unauthorized", .. }));
    let auth = m.header("www-authenticate").unwrap();
    assert_eq!(auth.line, 8);
    assert_eq!(
        auth.value,
        "Digest realm=\"atlanta.example.com\", qop=\"auth\", nonce=\"ea9c8e88df84f1cec4341ae6cbe5a359\", \
         opaque=\"\", stale=FALSE, algorithm=MD5"
    );
    assert_eq!(
        value(&m, "Via"),
        "SIP/2.0/TLS client.biloxi.example.com:5061;branch=z9hG4bKnashds7 ;received=192.0.2.201"
    );
    assert_eq!(m.header("Content-Length").unwrap().line, 10);
}

#[test]
fn compact_forms() {
    let input = "INVITE sip:bob@biloxi.com SIP/2.0\nv: SIP/2.0/UDP a.example.com\n\
                 Via: SIP/2.0/UDP b.example.com\ni: abc@x\nf: <sip:a@x>;tag=1\nt: <sip:b@y>\n\
                 m: <sip:a@10.0.0.1>\nL: 0\nk: timer\nc: application/sdp\nx: 1800\no: refer\nX-Custom: yes\n";
    let m = parse(input).unwrap();
    assert_eq!(m.headers[0].canonical_name(), "Via");
    assert_eq!(m.headers[6].canonical_name(), "Content-Length");
    assert_eq!(m.headers[11].name, "X-Custom");
    assert_eq!(m.headers[11].canonical_name(), "X-Custom");
    let vias: Vec<_> = m.headers_named("VIA").map(|h| h.value.as_str()).collect();
    assert_eq!(vias, ["SIP/2.0/UDP a.example.com", "SIP/2.0/UDP b.example.com"]);
    assert_eq!(m.headers_named("v").count(), 2);
    assert_eq!(value(&m, "Call-ID"), "abc@x");
    assert_eq!(value(&m, "i"), "abc@x");
    assert_eq!(value(&m, "content-length"), "0");
    assert_eq!(value(&m, "Supported"), "timer");
    assert_eq!(value(&m, "Session-Expires"), "1800");
    assert_eq!(value(&m, "Event"), "refer");
    assert_eq!(value(&m, "x-custom"), "yes");
    assert!(m.header("Subject").is_none());
    assert_eq!(m.body, "");
}

#[test]
fn header_spacing_and_folding() {
    let m = parse(
        "OPTIONS sip:carol@chicago.com SIP/2.0\nMax-Forwards:70\nTo :\t<sip:carol@chicago.com>  \n\
                   Subject:\n   lunch\n\ttoday   \nAccept:\n",
    )
    .unwrap();
    assert_eq!(value(&m, "max-forwards"), "70");
    assert_eq!(value(&m, "To"), "<sip:carol@chicago.com>");
    assert_eq!(value(&m, "Subject"), "lunch today");
    assert_eq!(m.header("Subject").unwrap().line, 4);
    assert_eq!(value(&m, "Accept"), "");
}

#[test]
fn versions_uris_and_reason_phrases() {
    let m = parse("sip/2.0 200 OK\n").unwrap();
    assert_eq!(m.start, StartLine::Response { version: "sip/2.0", code: 200, reason: "OK" });
    let m = parse("MESSAGE tel:+1-201-555-0123 Sip/2.0").unwrap();
    assert_eq!(m.start, StartLine::Request { method: "MESSAGE", uri: "tel:+1-201-555-0123", version: "Sip/2.0" });
    let m = parse("SUBSCRIBE urn:service:sos SIP/2.0\r\n").unwrap();
    assert!(matches!(m.start, StartLine::Request { uri: "urn:service:sos", .. }));
    for (input, reason) in [
        ("SIP/2.0 200 \n", ""),
        ("SIP/2.0 486 Besetzt – bitte später\n", "Besetzt – bitte später"),
        ("SIP/2.0 603 拒否\n", "拒否"),
        ("SIP/2.0 180 Ringing\tnow \n", "Ringing\tnow "),
        ("SIP/2.0 199  Early\n", " Early"),
    ] {
        assert!(matches!(parse(input).unwrap().start, StartLine::Response { reason: r, .. } if r == reason));
    }
    for code in [100, 699] {
        let input = format!("SIP/2.0 {code} X");
        assert!(matches!(parse(&input).unwrap().start, StartLine::Response { code: c, .. } if c == code));
    }
}

#[test]
fn body_is_opaque_and_empty_line_rules() {
    // No empty line: no body, allowed at the end of input, with or without a final line ending.
    for input in ["SIP/2.0 200 OK", "SIP/2.0 200 OK\r\nContent-Length: 0", "SIP/2.0 200 OK\nl: 0\n"] {
        let m = parse(input).unwrap();
        assert_eq!((m.body, m.body_offset), ("", input.len()));
    }
    // Bodies are not split into lines, so they may hold anything, even a lone CR or a header-like line.
    let input = "SIP/2.0 200 OK\r\nl: 9\r\n\r\nv=0\rx\n\u{0}\n";
    let m = parse(input).unwrap();
    assert_eq!((m.body, m.body_offset), ("v=0\rx\n\u{0}\n", 24));
    let m = parse("SIP/2.0 200 OK\n\n\nSecond: line").unwrap();
    assert_eq!((m.headers.len(), m.body), (0, "\nSecond: line"));
}

/// Each case: input, line, column, message.
#[test]
#[allow(clippy::too_many_lines)] // one table of cases, one per line pair
fn errors_have_exact_positions_and_messages() {
    // One case per entry: input, line and column on the first line, the exact message on the second.
    #[rustfmt::skip]
    let cases: &[(&str, usize, usize, &str)] = &[
        ("", 1, 1,
            "found an empty message, expected a request line or a status line"),
        ("\nINVITE sip:a@b SIP/2.0", 1, 1,
            "found an empty line, expected a request line (`METHOD uri SIP/2.0`) \
             or a status line (`SIP/2.0 code reason`)"),
        ("INVITE sip:a@b SIP/2.0\rVia: x\n", 1, 23,
            "found a carriage return without a line feed, expected each line to end with CRLF or LF"),
        ("INVITE sip:a@b SIP/2.0\r\nVia: x\r", 2, 7,
            "found a carriage return without a line feed, expected each line to end with CRLF or LF"),
        ("SIP/2.0 200 OK\r\nTo: a\rb\r\n", 2, 6,
            "found a carriage return without a line feed, expected each line to end with CRLF or LF"),
        (" INVITE sip:a@b SIP/2.0", 1, 1,
            "found a space, expected a method such as `INVITE` or the version `SIP/2.0`"),
        ("\u{FEFF}INVITE sip:a@b SIP/2.0", 1, 1,
            "found the invisible character U+FEFF, expected a method such as `INVITE` or the version `SIP/2.0`"),
        ("INV@TE sip:a@b SIP/2.0", 1, 4,
            "found `@` in the method, expected only letters, digits and - . ! % * _ + ` ' ~"),
        ("INVITE", 1, 7,
            "found the end of the line, expected a space and then the Request-URI"),
        ("INVITE  sip:a@b SIP/2.0", 1, 8,
            "found a second space, expected a single space before the Request-URI"),
        ("INVITE\tsip:a@b SIP/2.0", 1, 7,
            "found a tab, expected a space before the Request-URI"),
        ("INVITE \tsip:a@b SIP/2.0", 1, 8,
            "found a tab after the space, expected a single space before the Request-URI"),
        ("INVITE ", 1, 8,
            "found the end of the line, expected a Request-URI such as `sip:bob@biloxi.com`"),
        ("INVITE bob@biloxi.com SIP/2.0", 1, 8,
            "found `bob@biloxi.com`, expected a Request-URI with a scheme such as `sip:`"),
        ("INVITE <sip:bob@biloxi.com> SIP/2.0", 1, 8,
            "found `<`, expected a Request-URI without angle brackets, starting with a scheme such as `sip:`"),
        ("GET /index.html HTTP/1.1", 1, 5,
            "found `/`, expected a Request-URI starting with a scheme such as `sip:`"),
        ("INVITE s_p:x SIP/2.0", 1, 8,
            "found `s_p:x`, expected a Request-URI with a scheme such as `sip:`"),
        ("INVITE sip: SIP/2.0", 1, 12,
            "found nothing after `sip:`, expected the rest of the URI"),
        ("INVITE sip:bób@x SIP/2.0", 1, 13,
            "found `ó` in the Request-URI, expected printable ASCII (write others as `%XX`)"),
        ("INVITE sip:bob smith@x SIP/2.0", 1, 15,
            "found a space inside the Request-URI, expected a URI without spaces (write `%20`)"),
        ("INVITE sip:a@b", 1, 15,
            "found the end of the line, expected a space and then the version `SIP/2.0`"),
        ("INVITE sip:a@b  SIP/2.0", 1, 16,
            "found a second space, expected a single space before the version `SIP/2.0`"),
        ("INVITE sip:a@b SIP/3", 1, 16,
            "found `SIP/3`, expected the version `SIP/2.0`"),
        ("INVITE sip:a@b ", 1, 16,
            "found the end of the line, expected the version `SIP/2.0`"),
        ("INVITE sip:a@b SIP/2.0 extra", 1, 23,
            "found a space after the version, expected the end of the line"),
        ("INVITE sip:a@b SIP/2.0\t", 1, 23,
            "found a tab after the version, expected the end of the line"),
        ("SIP/x.0 200 OK", 1, 1,
            "found `SIP/x.0`, expected the version `SIP/2.0`"),
        ("HTTP/1.1 404 Not Found", 1, 1,
            "found `HTTP/1.1`, expected the version `SIP/2.0`"),
        ("Via: SIP/2.0/UDP a.example.com", 1, 1,
            "found the header field `Via` where the start line belongs, expected a request line \
             (`METHOD uri SIP/2.0`) or a status line (`SIP/2.0 code reason`) first"),
        ("SIP 200 OK", 1, 1,
            "found `SIP`, expected the version `SIP/2.0`"),
        ("SIP/2.0", 1, 8,
            "found the end of the line, expected a space and then a three-digit status code"),
        ("SIP/2.0 ", 1, 9,
            "found the end of the line, expected a three-digit status code"),
        ("SIP/2.0  200 OK", 1, 9,
            "found a second space, expected a single space before a three-digit status code"),
        ("SIP/2.0 4866 Busy Here", 1, 9,
            "found `4866`, expected a three-digit status code"),
        ("SIP/2.0 48 Busy Here", 1, 9,
            "found `48`, expected a three-digit status code"),
        ("SIP/2.0 OK", 1, 9,
            "found `OK`, expected a three-digit status code"),
        ("SIP/2.0 ٤٨٦ Busy", 1, 9,
            "found `٤٨٦`, expected a three-digit status code"),
        ("SIP/2.0 099 Odd", 1, 9,
            "found `099`, expected a status code from 100 to 699"),
        ("SIP/2.0 700 Odd", 1, 9,
            "found `700`, expected a status code from 100 to 699"),
        ("SIP/2.0 200", 1, 12,
            "found the end of the line, expected a space and then a reason phrase (such as `OK`)"),
        ("SIP/2.0 200\tOK", 1, 12,
            "found a tab, expected a space before a reason phrase (such as `OK`)"),
        ("SIP/2.0 200 O\u{7}K", 1, 14,
            "found the control character U+0007 in the reason phrase, expected text, spaces and tabs"),
        ("SIP/2.0 486 Grüße\u{1b}", 1, 18,
            "found the control character U+001B in the reason phrase, expected text, spaces and tabs"),
        ("SIP/2.0 200 OK\nVia SIP/2.0/UDP host\n", 2, 4,
            "found a header line without a colon, expected `Name: value`"),
        ("SIP/2.0 200 OK\nl: 3\nv=0\n", 3, 2,
            "found a header line without a colon, expected `Name: value` \
             (an empty line must separate the headers from the body)"),
        ("SIP/2.0 200 OK\nvia=x\n", 2, 4,
            "found a header line without a colon, expected `Name: value`"),
        ("SIP/2.0 200 OK\n: x\n", 2, 1,
            "found `:` at the start of the line, expected a header name before it"),
        ("SIP/2.0 200 OK\n@To: x\n", 2, 1,
            "found `@`, expected a header name such as `Via`"),
        ("SIP/2.0 200 OK\nCon@tent: x\n", 2, 4,
            "found `@` in the header name, expected only letters, digits and - . ! % * _ + ` ' ~"),
        ("SIP/2.0 200 OK\nRéf: x\n", 2, 2,
            "found `é` in the header name, expected only letters, digits and - . ! % * _ + ` ' ~"),
        ("SIP/2.0 200 OK\nContent Type: x\n", 2, 8,
            "found a space after the header name `Content`, expected `:`"),
        ("SIP/2.0 200 OK\nVia SIP/2.0/UDP h:5060\n", 2, 4,
            "found a space after the header name `Via`, expected `:`"),
        ("SIP/2.0 200 OK\n x\n", 2, 1,
            "found a continuation line with no header field before it, expected a header field `Name: value`"),
        ("SIP/2.0 200 OK\nl: 0\n  \nv=0\n", 3, 1,
            "found a line of only spaces or tabs, expected an empty line to end the headers or a folded value"),
        ("SIP/2.0 200 OK\nSubject: a\u{1}b\n", 2, 11,
            "found the control character U+0001 in the header value, expected text, spaces and tabs"),
        ("SIP/2.0 200 OK\nSubject: a\n\tb\u{7f}\n", 3, 3,
            "found the control character U+007F in the folded header value, expected text, spaces and tabs"),
    ];
    for &(input, line, col, message) in cases {
        for text in [input.to_string(), crlf(input)] {
            let e = parse(&text).expect_err(input);
            assert_eq!((e.line, e.col, e.message.as_str()), (line, col, message), "input {input:?}");
        }
    }
}

#[test]
fn error_display_and_quoting() {
    let e = parse("SIP/2.0 4866 Busy Here").unwrap_err();
    assert_eq!(e.to_string(), "line 1, column 9: found `4866`, expected a three-digit status code");
    let long = format!("INVITE sip:a SIP/2.0{}", "\u{0}".repeat(3));
    assert_eq!(parse(&long).unwrap_err().col, 14);
    let e = parse(&format!("INVITE sip:a {}", "\u{1}".repeat(100))).unwrap_err();
    assert!(e.message.starts_with("found `\\u{0001}"), "{}", e.message);
    assert!(e.message.contains("…`, expected the version"), "{}", e.message);
}

/// xorshift64: deterministic, so a failure can be replayed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const PIECES: &[&str] = &[
    "INVITE",
    "SIP/2.0",
    "sip/2.0",
    "SIP/",
    "sip:",
    "sips:",
    "tel:",
    "a@b",
    " ",
    "  ",
    "\t",
    ":",
    " : ",
    "\r\n",
    "\n",
    "\r",
    "\r\n\r\n",
    "\n\n",
    "486",
    "4866",
    "200",
    "099",
    "1",
    "Busy Here",
    "Via",
    "v",
    "l",
    "é",
    "€",
    "😀",
    "٤",
    "\u{0}",
    "\u{7}",
    "\u{7f}",
    "\u{85}",
    "\u{feff}",
    "\u{200b}",
    "<",
    ">",
    "@",
    ";",
    "=",
    "%",
    "/",
    "-",
    "`",
    "HTTP/1.1",
    "x",
    "Z",
    "9",
];

/// What every result must satisfy: errors point inside the input and follow the message style; a
/// message's body is the tail of the input.
/// Returns whether the input parsed.
fn check_invariants(input: &str) -> bool {
    match parse(input) {
        Ok(m) => {
            assert!(input.is_char_boundary(m.body_offset), "{input:?}");
            assert_eq!(input.get(m.body_offset..), Some(m.body), "{input:?}");
            assert!(m.headers.iter().all(|h| h.line >= 2), "{input:?}");
            true
        }
        Err(e) => {
            let line = input.split('\n').nth(e.line - 1);
            assert!(line.is_some(), "line {} out of range for {input:?}", e.line);
            let width = line.map_or(0, |l| l.chars().count());
            assert!(e.col >= 1 && e.col <= width + 1, "column {} out of range for {input:?}", e.col);
            assert!(e.message.starts_with("found ") && e.message.contains("expected"), "{e} for {input:?}");
            false
        }
    }
}

#[test]
fn hostile_inputs_never_panic() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for _ in 0..20_000 {
        let mut s = String::new();
        for _ in 0..rng.below(40) {
            s.push_str(PIECES[rng.below(PIECES.len())]);
        }
        check_invariants(&s);
    }
    let mut parsed = 0;
    // Message-shaped text: a plausible start line, then header, continuation and body lines of random pieces.
    let starts = ["INVITE sip:a@b SIP/2.0", "SIP/2.0 486 Busy Here", "SIP/2.0 200 ", "BYE tel:+1 sip/2.0"];
    for _ in 0..20_000 {
        let mut s = starts[rng.below(starts.len())].to_string();
        for _ in 0..rng.below(8) {
            s.push_str(["\n", "\r\n"][rng.below(2)]);
            s.push_str(["Via: ", "l:", " ", "\t", "X-É: ", "", "To : "][rng.below(7)]);
            for _ in 0..rng.below(4) {
                s.push_str(PIECES[rng.below(PIECES.len())]);
            }
        }
        parsed += usize::from(check_invariants(&s));
    }
    assert!(parsed > 1_000, "only {parsed} message-shaped inputs parsed");
    parsed = 0;
    // Mutations of valid messages reach deeper into the grammar than random text does.
    let seeds = [INVITE.to_string(), crlf(BUSY), crlf(UNAUTHORIZED), "SIP/2.0 200 OK\nv: x\n".to_string()];
    for _ in 0..20_000 {
        let mut s = seeds[rng.below(seeds.len())].clone();
        for _ in 0..1 + rng.below(4) {
            let bounds: Vec<usize> = (0..=s.len()).filter(|&i| s.is_char_boundary(i)).collect();
            let at = bounds[rng.below(bounds.len())];
            match rng.below(8) {
                0..=3 => s.insert_str(at, PIECES[rng.below(PIECES.len())]),
                4..=6 => {
                    let end = s[at..].chars().next().map_or(at, |c| at + c.len_utf8());
                    s.replace_range(at..end, "");
                }
                _ => s.truncate(at),
            }
        }
        parsed += usize::from(check_invariants(&s));
    }
    assert!(parsed > 2_000, "only {parsed} mutated messages parsed");
    // Bytes that are not UTF-8 cannot reach `parse`, but their lossy replacement can.
    for n in 0..2_000u64 {
        let bytes: Vec<u8> = (0..n % 64).map(|_| rng.next() as u8).collect();
        check_invariants(&String::from_utf8_lossy(&bytes));
    }
}
