# Builds the expected segmentation of the five corpus documents from my reading of them.
# Each document's structure is written down here by hand (continuation lines, headings, excluded
# footnote continuations, footnote call removals checked one by one); the output stores only
# number, kind, a 50-character start, length and a hash, never the full text.
import re, json, hashlib, unicodedata, sys
import os
HERE=os.path.dirname(os.path.abspath(__file__))
C=os.environ.get('WSIS_CORPUS', os.path.join(HERE, '..', '..', '..', '..', '..', 'shared', 'corpus')) + '/'
OUT=HERE + '/'

def norm(t):
    t=unicodedata.normalize('NFC', t)
    return re.sub(r'\s+',' ',t).strip()

def clean_md(t):
    t=re.sub(r'\s?<sup>\s*\d{1,3}\s*</sup>','',t)
    t=re.sub(r'<sup>([^<]*)</sup>',r'\1',t)
    t=re.sub(r'\[([^\]]*)\]\([^)\s]*\)',r'\1',t)
    t=t.replace('**','').replace('*','')
    return norm(t)

PARTICIPLE=re.compile(r'^(Rappelant|Réaffirmant|Notant|Considérant|Consciente?|Sachant|Prenant|Remerciant|Soulignant|Réitérant|Constatant)\b')

def markdown_doc(name, continuations, excluded):
    lines=open(C+name,encoding='utf-8').read().split('\n')
    blocks=[];cur=[]
    for i,l in enumerate(lines):
        if l.strip()=='':
            if cur: blocks.append(cur); cur=[]
            continue
        if cur and l.startswith('- '): blocks.append(cur); cur=[]
        cur.append((i+1,l))
    if cur: blocks.append(cur)
    furn=re.compile(r'^(\d{2}-\d{5}\s*)?\*\*\d+/\d+\*\*\s*$|^---$')
    paras=[]; used=set()
    for b in blocks:
        first=b[0][0]; t=' '.join(x[1].strip() for x in b)
        if furn.match(t.strip()) or t.startswith('<sup>'): continue
        if first in excluded: used.add(first); continue
        if first in continuations:
            used.add(first)
            t=re.sub(r'^- ','',t)
            paras[-1]['raw']+=' '+t; continue
        paras.append({'raw':t})
    assert used==set(continuations)|set(excluded), (set(continuations)|set(excluded))-used
    out=[]; operative=False
    for p in paras:
        t=p['raw']; number=None; kind='paragraph'
        m=re.match(r'^(#+)\s+(.*)$',t)
        if m:
            t=m.group(2); kind='heading'
            m2=re.match(r'^(\d{4}/\d+|\d+/\d+)\.\s',t)
        else:
            m=re.match(r'^(?:- )?(\d{1,3})\.\s+(.*)$',t)
            if m: number,t=m.group(1),m.group(2); kind='operative'; operative=True
            else:
                m=re.match(r'^(?:- )?([a-z])\)\s+(.*)$',t)
                if m: number,t=m.group(1),m.group(2); kind='list-item'
                elif not operative and PARTICIPLE.match(clean_md(t)): kind='preambular'
        out.append((number,kind,clean_md(t)))
    return out

def word_doc(name, headings_text):
    lines=open(C+name,encoding='utf-8').read().split('\n')
    out=[]; i=0
    while i<len(lines):
        l=lines[i]; i+=1
        if l.strip()=='' or re.match(r'^_{3,}$',l.strip()): continue
        # an inline footnote "[n: ..." closed on a later line
        while re.search(r'\[\d{1,3}:\s[^\]]*$',l) and i<len(lines):
            l=l+lines[i].strip(); i+=1
        t=re.sub(r'\[bookmark:[^\]]*\]','',l)
        t=re.sub(r'\[footnoteRef:\d+\]','',t)
        t=re.sub(r'\s*\[\d{1,3}:\s[^\]]*\]',' ',t)
        number=None; kind='paragraph'
        m=re.match(r'^(\d{1,3}(?:\.\d{1,3})*\.?|[a-z]\)|[ivx]+\)|[IVX]+)\t+(.*)$',t.strip('\n').lstrip(' '))
        if m:
            number=m.group(1).rstrip('.').rstrip(')'); t=m.group(2)
            kind='list-item' if re.match(r'^[a-z]+$',number) else 'paragraph'
        elif re.match(r'^–\t',t): t=t[2:]; kind='list-item'
        t=norm(t)
        if t in headings_text: kind='heading'
        out.append((number,kind,t))
    return out

def pdf_doc(name, heading_lines, call_fixes):
    raw=open(C+name,encoding='utf-8').read().split('\n')
    url=re.compile(r'^\s*https?://\S+\s*$')
    # footnote zones: from a whitespace-only separator to the first indented line that is neither a
    # footnote start nor the "Note :" remark nor a URL
    inzone=False; body=[]; zones=[]   # body: (lineno, text); zones: (position in body, [numbers])
    for n,l in enumerate(raw,1):
        if l.strip()=='' :
            if l!='' and not inzone: inzone=True; zones.append([len(body),[]])
            continue
        if url.match(l) and not l.rstrip().endswith(('-','.')): continue
        if inzone:
            fm=re.match(r'^ (\d{1,3}) ',l)
            if fm: zones[-1][1].append(int(fm.group(1))); continue
            if re.match(r'^\s+Note :',l) or not l.startswith(' '): continue
            inzone=False
        body.append((n,l.strip()))
    # paragraphs
    paras=[]
    for k,(n,l) in enumerate(body):
        if n in heading_lines or re.match(r'^\d{1,3}\. ',l) and n not in heading_lines and not (paras and paras[-1]['heading'] and paras[-1]['open']):
            paras.append({'start':k,'lines':[l],'heading':n in heading_lines,'open':True})
        else:
            paras[-1]['lines'].append(l)
        if paras[-1]['heading'] and k+1<len(body) and re.match(r'^\d{1,3}\. ',body[k+1][1]) : paras[-1]['open']=False
    out=[]
    for j,p in enumerate(paras):
        text=''
        for l in p['lines']:
            text = text+l if text.endswith(('-','/')) and not text.endswith(' -') and l and not l[0].isupper() else (text+' '+l if text else l)
        end=paras[j+1]['start'] if j+1<len(paras) else len(body)
        nums=[]
        for pos,zn in zones:
            if p['start']<pos<=end: nums+=zn
        nxt=[zn for pos,zn in zones if pos>end]
        if nxt: nums+=nxt[0]
        number=None; kind='paragraph'
        if p['heading']:
            kind='heading'
            m=re.match(r'^([IVX]+|[A-F]|[a-k]|\d)[.)]\s+(.*)$',text)
            if m: number,text=m.group(1),m.group(2)
        else:
            m=re.match(r'^(\d{1,3})\.\s+(.*)$',text)
            number,text=m.group(1),m.group(2)
            for fn in nums:
                for pat in (rf'(?<=[^\s\d]){fn}(?=[\s.,;:»)]|$)', rf' {fn} (?=[.,;:])'):
                    ms=list(re.finditer(pat,text))
                    if ms:
                        mm=ms[-1]; text=text[:mm.start()]+text[mm.end():]; print('  call',fn,'in',number,':',text[max(0,mm.start()-30):mm.start()+5].replace('\n',' '),file=sys.stderr); break
        text=norm(text)
        for a,b in call_fixes.get(number,[]):
            assert a in text,(number,a); text=text.replace(a,b)
        out.append((number,kind,text))
    return out

def write(name, paras):
    rows=[]
    for number,kind,t in paras:
        rows.append({'number':number,'kind':kind,'start':t[:50],'length':len(t.encode('utf-16-le'))//2,
                     'sha256':hashlib.sha256(t.encode('utf-8')).hexdigest()[:16]})
    json.dump({'document':name,'paragraphs':rows},open(OUT+name.replace('.txt','.json'),'w',encoding='utf-8'),ensure_ascii=False,indent=1)
    print(name,len(rows))

if __name__=='__main__':
    write('000_b6a7f7a314a0c2c3.txt', markdown_doc('000_b6a7f7a314a0c2c3.txt',
        continuations=[35,85,97,108,119,157,177,198,217,232,258,282], excluded=[144]))
    write('001_c994054558bf5bc9.txt', markdown_doc('001_c994054558bf5bc9.txt',
        continuations=[35,61,81,113,131,147,167,187,219,249], excluded=[]))
    h002={"RAPPORT DE L'ASSEMBLÉE GÉNÉRALE DES NATIONS UNIES SUR L'EXAMEN D'ENSEMBLE DE LA MISE EN ŒUVRE DES RÉSULTATS DU SOMMET MONDIAL SUR LA SOCIÉTÉ DE L'INFORMATION",
          'Objet','Suite à donner par le Conseil','Lien(s) pertinent(s) avec le plan stratégique','Incidences financières','Références','Annexe: 1','ANNEXE'}
    write('002_f1425ecc0daaa0de.txt', word_doc('002_f1425ecc0daaa0de.txt', h002))
    h004={'Objet','Suite à donner par le Conseil','Liens pertinents avec le plan stratégique','Incidences financières','Références','Annexe: 1','ANNEXE A',
          'rappelant','considérant','reconnaissant','notant','décide','charge le Secrétaire général','invite les États Membres et les Membres de Secteur'}
    write('004_ed308b90e20e3f2d.txt', word_doc('004_ed308b90e20e3f2d.txt', h004))
    hl={1,17,19,143,241,311,390,438,440,466,488,547,579,611,613,660,668,698,766,820,824,844,954,1009,1045,1109,1163,1235,1237,1267,1355,1377,1403,1473,1575,1597,1625,1651,1700,1803,1913,1915,1963,2034,2086}
    fixes={'14':[('203012.','2030.')],'15':[('indicateurs 13 et','indicateurs et'),('public . La','public. La')],'43':[('G744.','G7.')],
           '79':[('Mundial+1079.','Mundial+10.')],'84':[('aujourd’hui82.','aujourd’hui.')]}
    write('003_93a91d9ffa97d902.txt', pdf_doc('003_93a91d9ffa97d902.txt', hl, fixes))
