import sys, re, glob
from fontTools.ttLib import TTCollection, TTFont, newTable
from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen

ttc = TTCollection("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
idx = [i for i,f in enumerate(ttc.fonts) if f["name"].getDebugName(6) == "NotoSansCJKsc-Regular"][0]
font = TTFont("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", fontNumber=idx)
text = open(sys.argv[1], encoding="utf-8").read()
chars = set(c for c in text if ord(c) > 0x2E7F) | set(chr(c) for c in range(0x20, 0x7F)) | set("，。：；！？、（）")
opts = subset.Options(); opts.layout_features = []; opts.name_IDs = ['*']; opts.notdef_outline = True
opts.hinting = False; opts.desubroutinize = True
sub = subset.Subsetter(opts); sub.populate(unicodes=[ord(c) for c in chars]); sub.subset(font)
# CFF -> TrueType quadratic outlines (fontTools' otf2ttf recipe)
glyphOrder = font.getGlyphOrder(); gs = font.getGlyphSet(); glyf = {}
for name in glyphOrder:
    pen = TTGlyphPen(gs); gs[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True)); glyf[name] = pen.glyph()
font["loca"] = newTable("loca"); font["glyf"] = g = newTable("glyf"); g.glyphOrder = glyphOrder; g.glyphs = glyf
del font["CFF "]
if "VORG" in font: del font["VORG"]
font["maxp"] = m = newTable("maxp"); m.tableVersion = 0x00010000
for a in ("maxZones","maxTwilightPoints","maxStorage","maxFunctionDefs","maxInstructionDefs","maxStackElements","maxSizeOfInstructions","maxComponentElements"):
    setattr(m, a, 0)
m.maxZones = 1
font["head"].glyphDataFormat = 0
font["post"].formatType = 2.0; font["post"].extraNames = []; font["post"].mapping = {}; font["post"].glyphOrder = glyphOrder
font.sfntVersion = "\0\1\0\0"
font.save(sys.argv[2])
print(len(chars), "chars")
