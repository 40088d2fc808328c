# nodewasm20: after recording, a module's Uint8Array contents (which JSON.stringify writes as {"0": ..}) become the byte array the case format reads. Usage: python3 nodewasm20-post-record.py <RECORD_OUT>
import json,sys,glob
for f in glob.glob(sys.argv[1]+'/**/*.json',recursive=True):
    d=json.load(open(f)); ch=False
    for m in d['options'].get('modules',[]) if isinstance(d['options'].get('modules'),list) else []:
        c=m.get('contents')
        if isinstance(c,dict):
            m['contents']=[c[str(i)] for i in range(len(c))]; ch=True
    if ch: open(f,'w').write(json.dumps(d,indent=2,ensure_ascii=False)+"\n")
