# One-off: writes content/trees/*.yaml from the fixed structure below and the labels in staging/<locale>/trees.yaml.
import yaml, os
LOCALES=['en','pl','hu','ro','es','fi']
labels={l: yaml.safe_load(open(f'staging/{l}/trees.yaml')) for l in LOCALES if os.path.exists(f'staging/{l}/trees.yaml')}
outcomes={'triage':{'out-troll':('troll-abuse',['tr-boundary-reply']),'out-threat':('troll-abuse',['tr-threat-move-offline','tr-community-rules-notice']),'out-misinformation':('misinformed-complaint',['mi-checking-facts','mi-correct-facts-public']),'out-holding':('justified-complaint',['ge-holding-reply']),'out-service-failure':('service-failure',['sf-outage-holding','sf-reply-affected-user']),'out-justified':('justified-complaint',['jc-public-thanks-apology','ge-move-to-private']),'out-viral':('viral-post',['vi-internal-alert','vi-holding-statement']),'out-own-mistake':('own-mistake',['om-reply-to-affected','om-public-apology-post']),'out-acknowledge':('justified-complaint',['ge-holding-reply'])},
'reply-or-not':{'out-no-reply':('troll-abuse',['tr-community-rules-notice']),'out-acknowledge':('justified-complaint',['ge-holding-reply']),'out-go-private':('justified-complaint',['ge-move-to-private']),'out-answer':('justified-complaint',['jc-public-thanks-apology','mi-correct-facts-public']),'out-holding':('justified-complaint',['ge-holding-reply','mi-checking-facts'])},
'compensation':{'out-no-compensation':('misinformed-complaint',['mi-clarify-policy-dm']),'out-refund':('own-mistake',['jc-compensation-offer','om-email-explanation']),'out-gesture':('justified-complaint',['jc-compensation-offer']),'out-apology-only':('justified-complaint',['jc-email-resolution'])}}
starts={'triage':'q-kind','reply-or-not':'q-substance','compensation':'q-our-fault'}
missing=[]
def loc(get, what):
    out={}
    for l in LOCALES:
        try: v=get(labels[l])
        except Exception: v=None
        if v: out[l]=str(v).strip()
        else: missing.append(f'{l}: {what}')
    return out
os.makedirs('content/trees',exist_ok=True)
for tid,t in labels['en'].items():
    tree={'title':loc(lambda d:d[tid]['title'],f'{tid}.title'),'description':loc(lambda d:d[tid]['description'],f'{tid}.description'),'start':starts[tid],'nodes':[]}
    for nid,n in t['nodes'].items():
        node={'id':nid}
        if 'question' in n:
            node['question']=loc(lambda d:d[tid]['nodes'][nid]['question'],f'{tid}.{nid}.question')
            if n.get('help'): node['help']=loc(lambda d:d[tid]['nodes'][nid]['help'],f'{tid}.{nid}.help')
            node['answers']=[{'label':loc(lambda d,k=k:d[tid]['nodes'][nid]['answers'][k],f'{tid}.{nid}.answers.{k}'),'next':k} for k in n['answers']]
        else:
            pb,tp=outcomes[tid][nid]
            node['outcome']={'title':loc(lambda d:d[tid]['nodes'][nid]['title'],f'{tid}.{nid}.title'),'text':loc(lambda d:d[tid]['nodes'][nid]['text'],f'{tid}.{nid}.text'),'playbook':pb,'templates':tp,'checklist':'first-15'}
        tree['nodes'].append(node)
    with open(f'content/trees/{tid}.yaml','w') as f:
        f.write('# Structure: fixed ids and links; labels per locale.\n')
        yaml.safe_dump(tree,f,allow_unicode=True,sort_keys=False,width=110)
print('\n'.join(missing[:10]), len(missing),'missing')
