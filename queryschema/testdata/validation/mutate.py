import json, random, sys, copy
random.seed(int(sys.argv[2]))
src=[json.loads(l)['request'] for l in open(sys.argv[1]) if l.strip()]
vals=[None, True, False, 0, -1, 1.5, 1e20, "", "x", "2024-01-01T00:00:00Z", [], [1], ["a"], {}, {"a":1},
      {"$type":"DateTime","value":"bad"}, {"$type":"BigInt","value":"12"}, {"$type":"Decimal","value":"1.5"},
      {"$type":"Enum","value":"DbNull"}, {"$type":"Json","value":"{}"}, "USER", "asc", "insensitive"]
keys=["nope","id","email","equals","in","not","some","is","set","create","connect","_count","_avg","AND","OR","mode","take","skip","where","data","select","sort"]
def paths(x, p=()):
    yield p
    if isinstance(x, dict):
        for k,v in x.items(): yield from paths(v, p+(k,))
    elif isinstance(x, list):
        for i,v in enumerate(x): yield from paths(v, p+(i,))
def get(x,p):
    for k in p: x=x[k]
    return x
out=set()
for _ in range(int(sys.argv[3])):
    r=copy.deepcopy(random.choice(src))
    ps=[p for p in paths(r) if len(p)>=3 and p[0]=='query']
    if not ps: continue
    p=random.choice(ps)
    parent=get(r,p[:-1]); k=p[-1]
    op=random.random()
    if op<0.45: parent[k]=random.choice(vals)
    elif op<0.6 and isinstance(parent,dict): del parent[k]
    elif op<0.8 and isinstance(parent,dict): parent[random.choice(keys)]=random.choice(vals)
    elif isinstance(parent,dict):
        v=parent.pop(k); parent[random.choice(keys)]=v
    else: parent[k]=random.choice(vals)
    out.add(json.dumps(r, separators=(',',':')))
for l in sorted(out): print(l)
