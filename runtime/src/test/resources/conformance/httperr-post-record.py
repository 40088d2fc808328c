# Turns recorded uncaught-error bodies (machine-specific stack paths) into bodyMatches regexes.
import json, glob, re, sys
for f in glob.glob(sys.argv[1] + '/**/*.json', recursive=True):
    c = json.load(open(f)); changed = False
    for s in c['steps']:
        b = s['expect'].get('body')
        if isinstance(b, str) and 'file:///' in b:
            i = b.find('\n    at ')
            head = b[:i] if i >= 0 else b
            del s['expect']['body']
            s['expect']['bodyMatches'] = '^' + re.sub(r'([.*+?^${}()|\[\]\\])', r'\\\1', head) + '(\\n|$)'
            changed = True
    if changed:
        open(f, 'w').write(json.dumps(c, indent=2, ensure_ascii=False) + '\n'); print('post', f)
