#!/usr/bin/env python3
# Writes the fuzz_lsp seed sessions (see fuzz/fuzz_lsp.cpp for the record format).
import os, sys
root, out = sys.argv[1], sys.argv[2]
RS = b'\x1e'
def pos(text, needle, delta=0):
    i = text.index(needle) + delta
    line = text.count('\n', 0, i)
    col = i - (text.rfind('\n', 0, i) + 1)
    return bytes([min(line, 0xEF), min(col, 0xEF)])
def session(records): return RS.join(records)
coffee = open(os.path.join(root, 'examples/coffee-bar.blueprint')).read()
doc = b'\x00'  # the first document
recs = [coffee.encode()]
for needle, d in [('role barista', 6), ('by barista', 4), ('meets ready_on_time', 8), ('standard ready_on_time', 10)]:
    p = pos(coffee, needle, d)
    recs += [b'h' + doc + p, b'd' + doc + p, b'r' + doc + p + b'\x01', b'H' + doc + p, b'p' + doc + p,
             b'n' + doc + p + b'renamed_id']
recs += [b'k' + doc + pos(coffee, 'by barista', 3), b'a' + doc + b'\x00\x00\x40\x00', b's' + doc, b'f' + doc,
         b'F' + doc, b'R' + doc + b'\x01', b'w' + b'bar', b'S', b'E']
open(os.path.join(out, 'coffee-session'), 'wb').write(session(recs))

broken = 'blueprint "T" {\n  role lead "Lead"\n  stage s "S" {\n    customer a "A" by \n    frontstage f "F" {\n      fail "x" {\n'
recs = [b'o\x01' + broken.encode(), b'k\x01\x03\x15', b'k\x01\x05\x06', b'c\x01\x03\x15\x03\x15lead }\n  }\n  flow a -> typo\n}\n',
        b'd\x01\x08\x07', b'k\x01\x08\x0c', b'C' + b'blueprint "\xf0\x9f\x98\x80" {}\n', b'c\x00\x00\x0b\x00\x0d\xf0\x9f\x98\x80x',
        b'h\x00\x00\x0c', b'x\x01', b'h\x01\x00\x00']
open(os.path.join(out, 'typing-session'), 'wb').write(session(recs))

recs = [b'#\xef\xbb\xbf\r\nblueprint "B" { stage s "S" { customer c "C" by nobody } }\r\n',
        b'c\x00\xf0\x00\xf1\x00x', b'c\x00\xf3\xf2\x00\x00y', b'c\x00\xf5\xf6\xf4\x00z',
        b'm\x00{"textDocument":{"uri":5},"position":{"line":1e400}}', b'm\x03[1,2,3]', b'm\x09{"range":{}}',
        b'j{"jsonrpc":"2.0","method":5}', b'j[]', b'j{"jsonrpc":"2.0","id":null,"method":"shutdown"}', b'jnot json',
        b'n\x00\x00\x2d' + b'a' * 201, b'w', b'S', b'h\x00\x00\x00', b'J' + b'Content-Length: 99999999999\r\n\r\n']
open(os.path.join(out, 'malformed-session'), 'wb').write(session(recs))
