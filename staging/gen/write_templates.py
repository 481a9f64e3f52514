import yaml, sys, importlib, os
L = sys.argv[1]
T = importlib.import_module(f'templates_{L}').T
for id,(title,labels,body) in T.items():
    en = open(f'content/templates/en/{id}.md').read().split('---')
    fm = yaml.safe_load(en[1])
    assert list(labels) == list(fm['placeholders']) or set(labels)==set(fm['placeholders']), (id, labels, fm['placeholders'])
    out = ['---', f'title: {yaml.safe_dump(title, allow_unicode=True, width=1000).strip().removesuffix("...").strip()}', f"kind: {fm['kind']}", f"situation: {fm['situation']}",
           f"channels: [{', '.join(fm['channels'])}]", f"tone: {fm['tone']}", 'placeholders:']
    for k in fm['placeholders']:
        out.append(f'  {k}: {yaml.safe_dump(labels[k], allow_unicode=True, width=1000).strip().removesuffix("...").strip()}')
    out.append(f"guidelines: [{', '.join(fm['guidelines'])}]")
    out += ['---', body.strip(), '']
    os.makedirs(f'content/templates/{L}', exist_ok=True)
    open(f'content/templates/{L}/{id}.md','w').write('\n'.join(out))
missing = set(x[:-3] for x in os.listdir('content/templates/en')) - set(T)
print(len(T), 'written; missing:', missing)
