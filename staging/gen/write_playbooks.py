import yaml, sys, importlib, os, re
L = sys.argv[1]
P = importlib.import_module(f'playbooks_{L}').P
q = lambda s: yaml.safe_dump(s, allow_unicode=True, width=10000).strip().removesuffix('...').strip()
for slug, p in P.items():
    en = open(f'playbooks/en/{slug}.mdx').read().split('---')
    fm = yaml.safe_load(en[1])
    out = ['---', f"title: {q(p['title'])}", f"summary: {q(p['summary'])}", f"situation: {fm['situation']}", f"severity: {fm['severity']}",
           f"owner: {q(p['owner'])}", 'lastReviewed: 2026-11-22', f"sources: [{', '.join(fm['sources'])}]", f"tree: {fm['tree']}",
           f"templates: [{', '.join(fm['templates'])}]"]
    rules = sorted(set(re.findall(r'<Rule id="([^"]+)"', p['body'])), key=lambda r: (fm.get('rules', []) + [r]).index(r))
    out.append(f"rules: [{', '.join(rules)}]")
    out.append('checklists:')
    for cid, title, items in p['checklists']:
        out += [f'  - id: {cid}', f'    title: {q(title)}', '    items:']
        for text, owner, timing in items:
            out += [f'      - text: {q(text)}', f'        owner: {q(owner)}', f'        timing: {q(timing)}']
    out += ['---', '', p['body'].strip(), '']
    os.makedirs(f'playbooks/{L}', exist_ok=True)
    open(f'playbooks/{L}/{slug}.mdx', 'w').write('\n'.join(out))
print(len(P), 'playbooks')
