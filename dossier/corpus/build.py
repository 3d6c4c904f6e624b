"""Assembling the corpus: which dossiers, which documents in which family, capture, truth, index."""

from __future__ import annotations

import json
import os
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from importlib import import_module
from pathlib import Path

from dossier.corpus import degrade
from dossier.corpus.content import CaseCtx, Court, make_case
from dossier.corpus.draw import Sheet
from dossier.corpus.families import (
    FAMILIES,
    OWN_CAPTURE,
    Captured,
    capturer,
    court_e_capture,
    court_j_capture,
    handles,
    renderer,
    tribunal,
)
from dossier.dossier_check.checklist import missing_items
from dossier.dossier_check.model import Document
from dossier.fsutil import atomic_write_text
from dossier.intake.case_file import case_from_dict
from dossier.samples.truth import GroundTruth, TruthDocument, TruthPage, TruthProblem
from dossier.workers import process_pool

DEFAULT_SEED = 20240901
COURTS = {
    "court_a": Court("石家庄市长安区人民法院", "冀0102", "石家庄市", "130102", "石家庄市长安区中山东路1号", "0311-86051234"),
    "court_b": Court("襄阳市中级人民法院", "鄂06", "襄阳市", "420602", "襄阳市樊城区长虹路8号", "0710-3520001"),
    "court_c": Court("绵阳市涪城区人民法院", "川0703", "绵阳市", "510703", "绵阳市涪城区临园路18号", "0816-2230018"),
    "lawyer": Court("九江市浔阳区人民法院", "赣0403", "九江市", "360403", "九江市浔阳区浔阳东路9号", "0792-8221234"),
    "bank_registry": Court("包头市昆都仑区人民法院", "蒙0203", "包头市", "150203", "包头市昆都仑区钢铁大街3号", "0472-2101234"),
    "handfilled": Court("常德市武陵区人民法院", "湘0702", "常德市", "430702", "常德市武陵区朗州路6号", "0736-7221234"),
    "tribunal": Court("岳阳市岳阳楼区人民法院", "湘0602", "岳阳市", "430602", "岳阳市岳阳楼区巴陵东路66号", "0730-8221234"),
    "court_d": Court("长沙市岳麓区人民法院", "湘0104", "长沙市", "430104", "长沙市岳麓区桐梓坡路111号", "0731-88881234"),
    "court_e": Court("深圳市福田区人民法院", "粤0304", "深圳市", "440304", "深圳市福田区福强路1001号", "0755-83011234"),
    "court_f": Court("哈尔滨市道里区人民法院", "黑0102", "哈尔滨市", "230102", "哈尔滨市道里区友谊路276号", "0451-84661234"),
    "court_g": Court("重庆市渝中区人民法院", "渝0103", "重庆市", "500103", "重庆市渝中区中山四路92号", "023-63891234"),
    "court_h": Court("甘肃省通渭县人民法院", "甘1121", "通渭县", "621121", "甘肃省定西市通渭县平襄镇西大街", "0932-5621234"),
    "court_i": Court("浙江省杭州市西湖区人民法院", "浙0106", "杭州市", "330106", "杭州市西湖区文二西路568号", "0571-87971234"),
    "court_j": Court("广西壮族自治区南宁市青秀区人民法院", "桂0103", "南宁市", "450103", "南宁市青秀区凤翔路8号", "0771-5591234"),
    "court_k": Court("福建省厦门市思明区人民法院", "闽0203", "厦门市", "350203", "厦门市思明区湖滨北路99号", "0592-5361234"),
    "court_l": Court("江苏省苏州工业园区人民法院", "苏0591", "苏州市", "320571", "苏州工业园区星港街288号", "0512-69561234"),
    "court_m": Court("云南省昆明市五华区人民法院", "云0102", "昆明市", "530102", "昆明市五华区人民中路38号", "0871-63161234"),
    "court_n": Court("山东省济南市历下区人民法院", "鲁0102", "济南市", "370102", "济南市历下区经十路15617号", "0531-86551234"),
    "court_o": Court("北京市朝阳区人民法院", "京0105", "北京市", "110105", "北京市朝阳区朝阳公园南路1号", "010-85820000"),
    "court_p": Court("广东省珠海市横琴粤澳深度合作区人民法院", "粤0491", "珠海市", "440402", "珠海市横琴粤澳深度合作区宝兴路66号",
                     "0756-8831234"),
    "court_q": Court("新疆维吾尔自治区乌鲁木齐市天山区人民法院", "新0102", "乌鲁木齐市", "650102", "乌鲁木齐市天山区解放南路208号",
                     "0991-2821234"),
    "court_r": Court("内蒙古自治区呼和浩特市新城区人民法院", "蒙0102", "呼和浩特市", "150102", "呼和浩特市新城区新华东街36号",
                     "0471-6921234"),
    "court_s": Court("上海市浦东新区人民法院", "沪0115", "上海市", "310115", "上海市浦东新区丁香路611号", "021-50791234"),
    "court_t": Court("西藏自治区拉萨市城关区人民法院", "藏0102", "拉萨市", "540102", "拉萨市城关区江苏路38号", "0891-6321234"),
    "court_u": Court("吉林省延吉市人民法院", "吉2401", "延吉市", "222401", "吉林省延边朝鲜族自治州延吉市光明街1066号",
                     "0433-2551234"),
    "court_v": Court("广州海事法院", "粤72", "广州市", "440105", "广州市海珠区滨江东路200号", "020-34061234"),
    "court_w": Court("四川省成都市武侯区人民法院", "川0107", "成都市", "510107", "成都市武侯区佳灵路8号", "028-85071234"),
    "court_x": Court("河南省郑州市金水区人民法院", "豫0105", "郑州市", "410105", "郑州市金水区纬五路38号", "0371-65561234"),
    "court_y": Court("辽宁省沈阳市和平区人民法院", "辽0102", "沈阳市", "210102", "沈阳市和平区南京南街126号", "024-23851234"),
    "court_z": Court("陕西省西安市雁塔区人民法院", "陕0113", "西安市", "610113", "西安市雁塔区雁塔西路166号", "029-85361234"),
    "court_aa": Court("天津市和平区人民法院", "津0101", "天津市", "120101", "天津市和平区南京路219号", "022-27111234"),
    "court_ab": Court("贵州省贵阳市南明区人民法院", "黔0102", "贵阳市", "520102", "贵阳市南明区新华路126号", "0851-85791234"),
    "court_ac": Court("安徽省合肥市蜀山区人民法院", "皖0104", "合肥市", "340104", "合肥市蜀山区长江西路397号", "0551-65131234"),
    "court_ad": Court("山西省太原市迎泽区人民法院", "晋0106", "太原市", "140106", "太原市迎泽区迎泽大街256号", "0351-4041234"),
    "court_ae": Court("海南省海口市龙华区人民法院", "琼0106", "海口市", "460106", "海口市龙华区滨海大道69号", "0898-68561234"),
    "court_af": Court("宁夏回族自治区银川市兴庆区人民法院", "宁0104", "银川市", "640104", "银川市兴庆区解放东街118号", "0951-6021234"),
    "court_ag": Court("青海省西宁市城中区人民法院", "青0103", "西宁市", "630103", "西宁市城中区南大街45号", "0971-8231234"),
    "court_ah": Court("新疆生产建设兵团石河子市人民法院", "兵0801", "石河子市", "659001", "石河子市北一路118号",
                      "0993-2011234"),
    "court_ai": Court("广东省东莞市第一人民法院", "粤1971", "东莞市", "441900", "东莞市南城街道鸿福路96号", "0769-22831234"),
    "court_aj": Court("上海金融法院", "沪74", "上海市", "310101", "上海市黄浦区南车站路560号", "021-63191234"),
    "court_ak": Court("石家庄铁路运输法院", "冀7101", "石家庄市", "130104", "石家庄市桥西区新石北路6号", "0311-86991234"),
    "court_al": Court("杭州互联网法院", "浙0192", "杭州市", "330106", "杭州市西湖区古墩路702号", "0571-88211234"),
    "court_am": Court("内蒙古自治区满洲里市人民法院", "蒙0781", "满洲里市", "150781", "满洲里市南区四道街33号",
                      "0470-6221234"),
    "court_an": Court("浙江省温州市鹿城区人民法院", "浙0302", "温州市", "330302", "温州市鹿城区府前街36号", "0577-88261234"),
    "court_ao": Court("江西省赣州市章贡区人民法院", "赣0702", "赣州市", "360702", "赣州市章贡区长征大道18号", "0797-8221234"),
    "court_ap": Court("湖北省宜昌市西陵区人民法院", "鄂0502", "宜昌市", "420502", "宜昌市西陵区沿江大道115号", "0717-6221234"),
    "court_aq": Court("福建省晋江市人民法院", "闽0582", "晋江市", "350582", "福建省晋江市世纪大道2000号", "0595-85621234"),
    "court_ar": Court("江苏省南京市中级人民法院", "苏01", "南京市", "320100", "南京市建邺区江东中路251号", "025-83521234"),
    "court_as": Court("山东省青岛市黄岛区人民法院", "鲁0211", "青岛市", "370211", "青岛市黄岛区长江中路338号", "0532-86981234"),
    "court_at": Court("河南省洛阳市涧西区人民法院", "豫0305", "洛阳市", "410305", "洛阳市涧西区中州西路96号", "0379-64221234"),
    "court_au": Court("黑龙江省大庆市让胡路区人民法院", "黑0604", "大庆市", "230604", "大庆市让胡路区西宾路28号",
                      "0459-5821234"),
    "court_av": Court("四川省宜宾市翠屏区人民法院", "川1502", "宜宾市", "511502", "宜宾市翠屏区南岸西区长江大道东段18号",
                      "0831-2351234"),
    "court_aw": Court("河北省廊坊市广阳区人民法院", "冀1003", "廊坊市", "131003", "廊坊市广阳区新华路126号", "0316-2121234"),
    "court_ax": Court("广东省佛山市南海区人民法院", "粤0605", "佛山市", "440605", "佛山市南海区桂城街道南海大道北38号",
                      "0757-86221234"),
    "court_ay": Court("吉林省长春市朝阳区人民法院", "吉0104", "长春市", "220104", "长春市朝阳区西安大路1188号", "0431-85621234"),
    "court_az": Court("浙江省宁波市北仑区人民法院", "浙0206", "宁波市", "330206", "宁波市北仑区新碶街道明州路400号", "0574-86781234"),
    "court_ba": Court("安徽省芜湖市镜湖区人民法院", "皖0202", "芜湖市", "340202", "芜湖市镜湖区赭山西路9号", "0553-3821234"),
    "court_bb": Court("湖南省株洲市芦淞区人民法院", "湘0203", "株洲市", "430203", "株洲市芦淞区建设南路68号", "0731-28451234"),
    "court_bc": Court("山东省烟台市芝罘区人民法院", "鲁0602", "烟台市", "370602", "烟台市芝罘区南大街255号", "0535-6621234"),
    "court_bd": Court("贵州省遵义市汇川区人民法院", "黔0303", "遵义市", "520303", "遵义市汇川区大连路156号", "0851-28621234"),
    "court_be": Court("甘肃省兰州市城关区人民法院", "甘0102", "兰州市", "620102", "兰州市城关区庆阳路311号", "0931-8461234"),
    "court_bf": Court("海南省海口市龙华区人民法院", "琼0106", "海口市", "460106", "海口市龙华区龙昆南路88号", "0898-66521234"),
    "court_bg": Court("宁夏回族自治区银川市兴庆区人民法院", "宁0104", "银川市", "640104", "银川市兴庆区解放东街168号", "0951-6021234"),
    "court_bh": Court("吉林省延吉市人民法院", "吉2401", "延边朝鲜族自治州", "222401", "延吉市天池路1288号", "0433-2521234"),
    "court_bi": Court("福建省福州市鼓楼区人民法院", "闽0102", "福州市", "350102", "福州市鼓楼区湖东路205号", "0591-87061234"),
    "court_bj": Court("上海市浦东新区人民法院", "沪0115", "上海市", "310115", "上海市浦东新区丁香路611号", "021-50271234"),
    "court_bk": Court("陕西省西安市雁塔区人民法院", "陕0113", "西安市", "610113", "西安市雁塔区含光南路169号", "029-85361234"),
    "court_bl": Court("广东省深圳市福田区人民法院", "粤0304", "深圳市", "440304", "深圳市福田区福田路5号", "0755-83621234"),
    "court_bm": Court("山西省太原市小店区人民法院", "晋0105", "太原市", "140105", "太原市小店区坞城路88号", "0351-7021234"),
    "court_bn": Court("江苏省无锡市梁溪区人民法院", "苏0213", "无锡市", "320213", "无锡市梁溪区解放南路519号", "0510-82701234"),
    "court_bo": Court("湖北省武汉市江汉区人民法院", "鄂0103", "武汉市", "420103", "武汉市江汉区新华路188号", "027-85761234"),
    "court_bp": Court("江西省南昌市东湖区人民法院", "赣0102", "南昌市", "360102", "南昌市东湖区八一大道266号", "0791-86781234"),
    "court_bq": Court("广西壮族自治区柳州市城中区人民法院", "桂0202", "柳州市", "450202", "柳州市城中区文昌路96号", "0772-2861234"),
    "court_br": Court("河北省保定市莲池区人民法院", "冀0606", "保定市", "130606", "保定市莲池区裕华东路369号", "0312-3021234"),
    "court_bs": Court("内蒙古自治区包头市昆都仑区人民法院", "内0203", "包头市", "150203", "包头市昆都仑区钢铁大街58号", "0472-2161234"),
    "court_bt": Court("云南省大理市人民法院", "云2901", "大理市", "532901", "大理市下关镇洱河南路88号", "0872-2121234"),
    "court_bu": Court("湖南省岳阳市岳阳楼区人民法院", "湘0602", "岳阳市", "430602", "岳阳市岳阳楼区巴陵中路216号", "0730-8221234"),
    "court_bv": Court("青海省格尔木市人民法院", "青2801", "格尔木市", "632801", "格尔木市昆仑中路39号", "0979-8421234"),
    "court_bw": Court("黑龙江省牡丹江市东安区人民法院", "黑1002", "牡丹江市", "231002", "牡丹江市东安区光华街118号", "0453-6921234"),
    "court_bx": Court("四川省攀枝花市东区人民法院", "川0402", "攀枝花市", "510402", "攀枝花市东区炳草岗大街66号", "0812-3331234"),
    "court_by": Court("浙江省义乌市人民法院", "浙0782", "义乌市", "330782", "义乌市稠城街道宾王路158号", "0579-8551234"),
    "court_bz": Court("湖北省十堰市张湾区人民法院", "鄂0303", "十堰市", "420303", "十堰市张湾区车城路77号", "0719-8121234"),
    "court_ca": Court("广东省汕头市龙湖区人民法院", "粤0507", "汕头市", "440507", "汕头市龙湖区长平路93号", "0754-8891234"),
    "court_cb": Court("四川省西昌市人民法院", "川3401", "西昌市", "513401", "西昌市胜利路26号", "0834-3221234"),
    "court_cc": Court("江苏省昆山市人民法院", "苏0583", "昆山市", "320583", "昆山市前进东路369号", "0512-5731234"),
    "court_cd": Court("山东省菏泽市牡丹区人民法院", "鲁1702", "菏泽市", "371702", "菏泽市牡丹区中华路1566号", "0530-5331234"),
    "court_ce": Court("河南省南阳市卧龙区人民法院", "豫1303", "南阳市", "411303", "南阳市卧龙区光武路1288号", "0377-63151234"),
    "court_cf": Court("湖南省衡阳市雁峰区人民法院", "湘0406", "衡阳市", "430406", "衡阳市雁峰区先锋路66号", "0734-8231234"),
    "court_cg": Court("河北省邯郸市丛台区人民法院", "冀0403", "邯郸市", "130403", "邯郸市丛台区联纺东路218号", "0310-3121234"),
    "court_ch": Court("福建省泉州市丰泽区人民法院", "闽0503", "泉州市", "350503", "泉州市丰泽区丰泽街361号", "0595-22561234"),
    "court_ci": Court("广西壮族自治区桂林市七星区人民法院", "桂0305", "桂林市", "450305", "桂林市七星区漓江路28号", "0773-5831234"),
    "court_cj": Court("四川省绵阳市涪城区人民法院", "川0703", "绵阳市", "510703", "绵阳市涪城区临园路东段66号", "0816-2231234"),
    "court_ck": Court("江西省上饶市信州区人民法院", "赣1102", "上饶市", "361102", "上饶市信州区带湖路58号", "0793-8231234"),
    "court_cl": Court("辽宁省大连市甘井子区人民法院", "辽0211", "大连市", "210211", "大连市甘井子区山东路178号", "0411-86651234"),
    "court_cm": Court("陕西省宝鸡市渭滨区人民法院", "陕0302", "宝鸡市", "610302", "宝鸡市渭滨区经二路96号", "0917-3261234"),
    "court_cn": Court("浙江省台州市椒江区人民法院", "浙1002", "台州市", "331002", "台州市椒江区市府大道358号", "0576-88211234"),
    "court_co": Court("甘肃省天水市秦州区人民法院", "甘0502", "天水市", "620502", "天水市秦州区民主西路35号", "0938-8211234"),
    "court_cp": Court("湖北省荆州市沙市区人民法院", "鄂1002", "荆州市", "421002", "荆州市沙市区北京中路186号", "0716-8421234"),
    "court_cq": Court("云南省曲靖市麒麟区人民法院", "云0302", "曲靖市", "530302", "曲靖市麒麟区南宁北路66号", "0874-3121234"),
    "court_cr": Court("山东省潍坊市奎文区人民法院", "鲁0705", "潍坊市", "370705", "潍坊市奎文区胜利东街288号", "0536-8221234"),
    "court_cs": Court("陕西省汉中市汉台区人民法院", "陕0702", "汉中市", "610702", "汉中市汉台区天汉大道398号", "0916-2621234"),
    "court_ct": Court("辽宁省鞍山市铁东区人民法院", "辽0302", "鞍山市", "210302", "鞍山市铁东区胜利南路33号", "0412-5521234"),
    "court_cu": Court("安徽省蚌埠市蚌山区人民法院", "皖0303", "蚌埠市", "340303", "蚌埠市蚌山区胜利中路168号", "0552-2061234"),
    "court_cv": Court("黑龙江省齐齐哈尔市龙沙区人民法院", "黑0202", "齐齐哈尔市", "230202", "齐齐哈尔市龙沙区卜奎大街66号", "0452-2421234"),
    "court_cw": Court("山东省淄博市张店区人民法院", "鲁0303", "淄博市", "370303", "淄博市张店区人民西路98号", "0533-2181234"),
    "court_cx": Court("广东省湛江市赤坎区人民法院", "粤0802", "湛江市", "440802", "湛江市赤坎区南桥南路12号", "0759-3331234"),
    "court_cy": Court("河南省开封市鼓楼区人民法院", "豫0204", "开封市", "410204", "开封市鼓楼区自由路56号", "0371-25661234"),
    "court_cz": Court("江苏省徐州市云龙区人民法院", "苏0303", "徐州市", "320303", "徐州市云龙区和平路108号", "0516-83761234"),
    "court_da": Court("浙江省湖州市吴兴区人民法院", "浙0502", "湖州市", "330502", "湖州市吴兴区人民路208号", "0572-2161234"),
    "court_db": Court("四川省南充市顺庆区人民法院", "川1302", "南充市", "511302", "南充市顺庆区文化路55号", "0817-2221234"),
    "court_dc": Court("湖南省衡阳市雁峰区人民法院", "湘0406", "衡阳市", "430406", "衡阳市雁峰区先锋路118号", "0734-8121234"),
    "court_dd": Court("贵州省遵义市红花岗区人民法院", "黔0302", "遵义市", "520302", "遵义市红花岗区中华路210号", "0851-28221234"),
    "court_de": Court("内蒙古自治区包头市昆都仑区人民法院", "蒙0203", "包头市", "150203", "包头市昆都仑区钢铁大街66号", "0472-2121234"),
    "court_df": Court("河北省保定市竞秀区人民法院", "冀0602", "保定市", "130602", "保定市竞秀区朝阳北大街1366号", "0312-3081234"),
    "court_dg": Court("福建省泉州市丰泽区人民法院", "闽0503", "泉州市", "350503", "泉州市丰泽区丰泽街418号", "0595-22581234"),
    "court_dh": Court("新疆维吾尔自治区乌鲁木齐市天山区人民法院", "新0102", "乌鲁木齐市", "650102", "乌鲁木齐市天山区解放南路168号", "0991-2821234"),
    "court_di": Court("江西省九江市浔阳区人民法院", "赣0403", "九江市", "360403", "九江市浔阳区浔阳东路88号", "0792-8221234"),
    "court_dj": Court("吉林省吉林市船营区人民法院", "吉0204", "吉林市", "220204", "吉林市船营区解放西路168号", "0432-62021234"),
    "court_dk": Court("广西壮族自治区柳州市城中区人民法院", "桂0202", "柳州市", "450202", "柳州市城中区文惠路21号", "0772-2821234"),
    "court_dl": Court("山西省大同市平城区人民法院", "晋0213", "大同市", "140213", "大同市平城区魏都大道99号", "0352-2021234"),
    "court_dm": Court("海南省海口市龙华区人民法院", "琼0106", "海口市", "460106", "海口市龙华区金垦路19号", "0898-66521234"),
    "court_dn": Court("青海省西宁市城西区人民法院", "青0104", "西宁市", "630104", "西宁市城西区五四大街88号", "0971-6121234"),
    "court_do": Court("河北省唐山市路北区人民法院", "冀0203", "唐山市", "130203", "唐山市路北区建设北路88号", "0315-2821234"),
    "court_dp": Court("广东省汕头市金平区人民法院", "粤0511", "汕头市", "440511", "汕头市金平区金砂路33号", "0754-88121234"),
    "court_dq": Court("湖北省襄阳市樊城区人民法院", "鄂0606", "襄阳市", "420606", "襄阳市樊城区人民路66号", "0710-3121234"),
    "court_dr": Court("云南省昆明市盘龙区人民法院", "云0103", "昆明市", "530103", "昆明市盘龙区北京路1088号", "0871-65121234"),
    "court_ds": Court("四川省自贡市自流井区人民法院", "川0302", "自贡市", "510302", "自贡市自流井区汇东路57号", "0813-2121234"),
    "court_dt": Court("吉林省四平市铁西区人民法院", "吉0302", "四平市", "220302", "四平市铁西区英雄大街168号", "0434-3221234"),
    "court_du": Court("河北省秦皇岛市海港区人民法院", "冀0302", "秦皇岛市", "130302", "秦皇岛市海港区文化路128号", "0335-3021234"),
    "court_dv": Court("河南省南阳市宛城区人民法院", "豫1302", "南阳市", "411302", "南阳市宛城区光武路66号", "0377-63121234"),
    "court_dw": Court("浙江省绍兴市越城区人民法院", "浙0602", "绍兴市", "330602", "绍兴市越城区延安路178号", "0575-85121234"),
    "court_dx": Court("辽宁省锦州市古塔区人民法院", "辽0702", "锦州市", "210702", "锦州市古塔区中央大街66号", "0416-2121234"),
    "court_dy": Court("安徽省安庆市迎江区人民法院", "皖0802", "安庆市", "340802", "安庆市迎江区华中东路88号", "0556-5521234"),
    "court_dz": Court("山东省德州市德城区人民法院", "鲁1402", "德州市", "371402", "德州市德城区东风中路518号", "0534-2621234"),
    "court_ea": Court("新疆维吾尔自治区喀什市人民法院", "新3101", "喀什市", "653101", "喀什市人民东路18号", "0998-2821234"),
    "court_eb": Court("陕西省榆林市榆阳区人民法院", "陕0802", "榆林市", "610802", "榆林市榆阳区长城北路99号", "0912-3321234"),
    "court_ec": Court("辽宁省丹东市振兴区人民法院", "辽0603", "丹东市", "210603", "丹东市振兴区锦山大街66号", "0415-2121234"),
    "court_ed": Court("山东省日照市东港区人民法院", "鲁1102", "日照市", "371102", "日照市东港区烟台路88号", "0633-8221234"),
    "court_ee": Court("江苏省盐城市亭湖区人民法院", "苏0902", "盐城市", "320902", "盐城市亭湖区开放大道66号", "0515-8821234"),
    "court_ef": Court("江苏省淮安市清江浦区人民法院", "苏0812", "淮安市", "320812", "淮安市清江浦区健康西路18号", "0517-8321234"),
    "court_eg": Court("湖北省荆门市东宝区人民法院", "鄂0802", "荆门市", "420802", "荆门市东宝区象山大道66号", "0724-2321234"),
    "court_eh": Court("广西壮族自治区北海市海城区人民法院", "桂0502", "北海市", "450502", "北海市海城区北部湾中路18号", "0779-3021234"),
    "court_ei": Court("黑龙江省佳木斯市向阳区人民法院", "黑0803", "佳木斯市", "230803", "佳木斯市向阳区长安路88号", "0454-8221234"),
    "court_ej": Court("浙江省舟山市定海区人民法院", "浙0902", "舟山市", "330902", "舟山市定海区环城南路66号", "0580-2021234"),
    "court_ek": Court("内蒙古自治区鄂尔多斯市东胜区人民法院", "蒙0602", "鄂尔多斯市", "150602", "鄂尔多斯市东胜区鄂托克西街18号", "0477-8521234"),
    "court_el": Court("福建省龙岩市新罗区人民法院", "闽0802", "龙岩市", "350802", "龙岩市新罗区九一北路88号", "0597-2321234"),
    "court_em": Court("安徽省六安市金安区人民法院", "皖1502", "六安市", "341502", "六安市金安区梅山南路66号", "0564-3321234"),
    "court_en": Court("甘肃省酒泉市肃州区人民法院", "甘0902", "酒泉市", "620902", "酒泉市肃州区盘旋路18号", "0937-2621234"),
    "court_eo": Court("广西壮族自治区梧州市万秀区人民法院", "桂0403", "梧州市", "450403", "梧州市万秀区新兴二路88号", "0774-3821234"),
    "court_ep": Court("贵州省铜仁市碧江区人民法院", "黔0602", "铜仁市", "520602", "铜仁市碧江区解放路66号", "0856-5221234"),
    "court_eq": Court("山西省吕梁市离石区人民法院", "晋1102", "吕梁市", "141102", "吕梁市离石区滨河北中路18号", "0358-8221234"),
    "court_er": Court("安徽省黄山市屯溪区人民法院", "皖1002", "黄山市", "341002", "黄山市屯溪区延安路88号", "0559-2521234"),
    "court_es": Court("四川省遂宁市船山区人民法院", "川0903", "遂宁市", "510903", "遂宁市船山区明月路66号", "0825-2221234"),
    "court_et": Court("内蒙古自治区通辽市科尔沁区人民法院", "蒙0502", "通辽市", "150502", "通辽市科尔沁区霍林河大街18号", "0475-8221234"),
    "court_eu": Court("贵州省安顺市西秀区人民法院", "黔0402", "安顺市", "520402", "安顺市西秀区黄果树大街88号", "0851-3321234"),
    "court_ev": Court("陕西省咸阳市秦都区人民法院", "陕0402", "咸阳市", "610402", "咸阳市秦都区人民西路66号", "029-33221234"),
    "court_ew": Court("浙江省丽水市莲都区人民法院", "浙1102", "丽水市", "331102", "丽水市莲都区中山街88号", "0578-2121234"),
    "court_ex": Court("河北省张家口市桥西区人民法院", "冀0703", "张家口市", "130703", "张家口市桥西区胜利北路18号", "0313-2021234"),
    "court_ey": Court("江苏省连云港市海州区人民法院", "苏0706", "连云港市", "320706", "连云港市海州区朝阳东路66号", "0518-85821234"),
    "court_ez": Court("福建省漳州市芗城区人民法院", "闽0602", "漳州市", "350602", "漳州市芗城区胜利西路88号", "0596-2021234"),
    "court_fa": Court("湖南省永州市冷水滩区人民法院", "湘1103", "永州市", "431103", "永州市冷水滩区梅湾路18号", "0746-8221234"),
    "court_fb": Court("湖北省黄冈市黄州区人民法院", "鄂1102", "黄冈市", "421102", "黄冈市黄州区东门路66号", "0713-8651234"),
    "court_fc": Court("江西省景德镇市珠山区人民法院", "赣0203", "景德镇市", "360203", "景德镇市珠山区珠山中路88号", "0798-8221234"),
    "court_fd": Court("云南省玉溪市红塔区人民法院", "云0402", "玉溪市", "530402", "玉溪市红塔区玉兴路18号", "0877-2021234"),
    "court_fe": Court("山东省威海市环翠区人民法院", "鲁1002", "威海市", "371002", "威海市环翠区青岛中路88号", "0631-5221234"),
    "court_ff": Court("宁夏回族自治区石嘴山市大武口区人民法院", "宁0202", "石嘴山市", "640202", "石嘴山市大武口区朝阳西街66号", "0952-2021234"),
    "court_fg": Court("河南省信阳市浉河区人民法院", "豫1502", "信阳市", "411502", "信阳市浉河区新华西路18号", "0376-6221234"),
    "court_fh": Court("内蒙古自治区乌海市海勃湾区人民法院", "蒙0302", "乌海市", "150302", "乌海市海勃湾区海北大街66号", "0473-2021234"),
    "court_fi": Court("吉林省通化市东昌区人民法院", "吉0502", "通化市", "220502", "通化市东昌区新华大街88号", "0435-3221234"),
    "court_fj": Court("福建省莆田市城厢区人民法院", "闽0302", "莆田市", "350302", "莆田市城厢区东岩路18号", "0594-2621234"),
    "court_fk": Court("广东省韶关市浈江区人民法院", "粤0204", "韶关市", "440204", "韶关市浈江区解放路66号", "0751-8221234"),
    "court_fl": Court("湖北省孝感市孝南区人民法院", "鄂0902", "孝感市", "420902", "孝感市孝南区城站路88号", "0712-2821234"),
    "court_fm": Court("四川省乐山市市中区人民法院", "川1102", "乐山市", "511102", "乐山市市中区嘉定中路18号", "0833-2121234"),
    "court_fn": Court("安徽省淮北市相山区人民法院", "皖0603", "淮北市", "340603", "淮北市相山区孟山路66号", "0561-3021234"),
    "court_fo": Court("黑龙江省鸡西市鸡冠区人民法院", "黑0302", "鸡西市", "230302", "鸡西市鸡冠区中心大街88号", "0467-2321234"),
    "court_fp": Court("贵州省六盘水市钟山区人民法院", "黔0201", "六盘水市", "520201", "六盘水市钟山区人民中路18号", "0858-8221234"),
    "court_fq": Court("山西省长治市潞州区人民法院", "晋0403", "长治市", "140403", "长治市潞州区英雄中路66号", "0355-2021234"),
    "court_fr": Court("广西壮族自治区玉林市玉州区人民法院", "桂0902", "玉林市", "450902", "玉林市玉州区人民东路88号", "0775-2821234"),
    "court_fs": Court("辽宁省营口市站前区人民法院", "辽0802", "营口市", "210802", "营口市站前区渤海大街18号", "0417-2821234"),
    "court_ft": Court("甘肃省白银市白银区人民法院", "甘0402", "白银市", "620402", "白银市白银区人民路66号", "0943-8221234"),
    "court_fu": Court("浙江省衢州市柯城区人民法院", "浙0802", "衢州市", "330802", "衢州市柯城区新桥街88号", "0570-3021234"),
    "court_fv": Court("福建省南平市延平区人民法院", "闽0702", "南平市", "350702", "南平市延平区滨江中路18号", "0599-8821234"),
    "court_fw": Court("湖南省郴州市北湖区人民法院", "湘1002", "郴州市", "431002", "郴州市北湖区国庆北路66号", "0735-2221234"),
    "court_fx": Court("山东省枣庄市市中区人民法院", "鲁0402", "枣庄市", "370402", "枣庄市市中区君山中路88号", "0632-3321234"),
    "court_fy": Court("辽宁省本溪市平山区人民法院", "辽0502", "本溪市", "210502", "本溪市平山区解放北路18号", "024-42821234"),
    "court_fz": Court("广东省中山市第一人民法院", "粤2071", "中山市", "442000", "中山市东区中山四路28号", "0760-88321234"),
    "court_ga": Court("江西省宜春市袁州区人民法院", "赣0902", "宜春市", "360902", "宜春市袁州区宜阳大道168号", "0795-3521234"),
    "court_gb": Court("浙江省金华市婺城区人民法院", "浙0702", "金华市", "330702", "金华市婺城区宾虹路858号", "0579-82231234"),
    "court_gc": Court("甘肃省定西市安定区人民法院", "甘1102", "定西市", "621102", "定西市安定区交通路96号", "0932-8221234"),
    "court_gd": Court("云南省普洱市思茅区人民法院", "云0802", "普洱市", "530802", "普洱市思茅区振兴大道36号", "0879-2121234"),
    "court_ge": Court("黑龙江省七台河市桃山区人民法院", "黑0903", "七台河市", "230903", "七台河市桃山区山湖路77号", "0464-8271234"),
    "court_gf": Court("吉林省白山市浑江区人民法院", "吉0602", "白山市", "220602", "白山市浑江区浑江大街108号", "0439-3221234"),
    "court_gg": Court("四川省达州市通川区人民法院", "川1702", "达州市", "511702", "达州市通川区朝阳中路218号", "0818-2121234"),
    "court_gh": Court("海南省三亚市天涯区人民法院", "琼0204", "三亚市", "460204", "三亚市天涯区解放路588号", "0898-88221234"),
    "court_gi": Court("河北省沧州市运河区人民法院", "冀0903", "沧州市", "130903", "沧州市运河区解放西路99号", "0317-2021234"),
    "court_gj": Court("湖北省黄石市下陆区人民法院", "鄂0204", "黄石市", "420204", "黄石市下陆区团城山路66号", "0714-6421234"),
    "court_gk": Court("陕西省延安市宝塔区人民法院", "陕0602", "延安市", "610602", "延安市宝塔区百米大道118号", "0911-2121234"),
    "court_gl": Court("江西省鹰潭市月湖区人民法院", "赣0602", "鹰潭市", "360602", "鹰潭市月湖区站江路66号", "0701-6221234"),
    "court_gm": Court("河南省漯河市源汇区人民法院", "豫1102", "漯河市", "411102", "漯河市源汇区黄河路188号", "0395-3121234"),
    "court_gn": Court("广东省肇庆市端州区人民法院", "粤1202", "肇庆市", "441202", "肇庆市端州区端州三路28号", "0758-2281234"),
    "court_go": Court("山西省晋城市城区人民法院", "晋0502", "晋城市", "140502", "晋城市城区泽州路1288号", "0356-2021234"),
    "court_gp": Court("福建省三明市三元区人民法院", "闽0404", "三明市", "350404", "三明市三元区新市中路66号", "0598-8221234"),
    "court_gq": Court("内蒙古自治区赤峰市红山区人民法院", "蒙0402", "赤峰市", "150402", "赤峰市红山区哈达街8号", "0476-8321234"),
    "court_gr": Court("贵州省毕节市七星关区人民法院", "黔0502", "毕节市", "520502", "毕节市七星关区洪山路99号", "0857-8221234"),
    "court_gs": Court("广西壮族自治区钦州市钦南区人民法院", "桂0702", "钦州市", "450702", "钦州市钦南区永福大街36号", "0777-2821234"),
    "court_gt": Court("湖南省益阳市赫山区人民法院", "湘0903", "益阳市", "430903", "益阳市赫山区龙洲路168号", "0737-4221234"),
    "court_gu": Court("安徽省宿州市埇桥区人民法院", "皖1302", "宿州市", "341302", "宿州市埇桥区淮河西路188号", "0557-3021234"),
    "court_gv": Court("黑龙江省绥化市北林区人民法院", "黑1202", "绥化市", "231202", "绥化市北林区中直路66号", "0455-8321234"),
    "court_gw": Court("广东省梅州市梅江区人民法院", "粤1402", "梅州市", "441402", "梅州市梅江区江南路38号", "0753-2221234"),
    "court_gx": Court("河北省邢台市信都区人民法院", "冀0502", "邢台市", "130502", "邢台市信都区中兴西大街299号", "0319-3121234"),
    "court_gy": Court("山东省泰安市泰山区人民法院", "鲁0902", "泰安市", "370902", "泰安市泰山区东岳大街86号", "0538-6221234"),
    "court_gz": Court("重庆市万州区人民法院", "渝0101", "重庆市", "500101", "重庆市万州区太白路99号", "023-58221234"),
    "court_ha": Court("湖南省怀化市鹤城区人民法院", "湘1202", "怀化市", "431202", "怀化市鹤城区迎丰中路128号", "0745-2231234"),
    "court_hb": Court("甘肃省张掖市甘州区人民法院", "甘0702", "张掖市", "620702", "张掖市甘州区县府南街66号", "0936-8211234"),
    "court_hc": Court("广东省清远市清城区人民法院", "粤1802", "清远市", "441802", "清远市清城区北江一路18号", "0763-3361234"),
    "court_hd": Court("江西省抚州市临川区人民法院", "赣1002", "抚州市", "361002", "抚州市临川区赣东大道168号", "0794-8221234"),
    "court_he": Court("宁夏回族自治区吴忠市利通区人民法院", "宁0302", "吴忠市", "640302", "吴忠市利通区裕民西街56号", "0953-2021234"),
    "court_hf": Court("山西省运城市盐湖区人民法院", "晋0802", "运城市", "140802", "运城市盐湖区河东东街288号", "0359-2021234"),
    "court_hg": Court("四川省成都市成华区人民法院", "川0108", "成都市", "510108", "成都市成华区双林路368号", "028-84321234"),
    "court_hh": Court("黑龙江省哈尔滨市南岗区人民法院", "黑0103", "哈尔滨市", "230103", "哈尔滨市南岗区学府路200号", "0451-86221234"),
    "court_hi": Court("湖北省襄阳市襄城区人民法院", "鄂0602", "襄阳市", "420602", "襄阳市襄城区檀溪路66号", "0710-3521234"),
    "court_hj": Court("云南省昆明市五华区人民法院", "滇0102", "昆明市", "530102", "昆明市五华区人民中路126号", "0871-63121234"),
    "court_hk": Court("辽宁省大连市中山区人民法院", "辽0202", "大连市", "210202", "大连市中山区人民路55号", "0411-82621234"),
    "court_hl": Court("青海省西宁市城东区人民法院", "青0102", "西宁市", "630102", "西宁市城东区东关大街218号", "0971-8121234"),
    "court_hm": Court("吉林省松原市宁江区人民法院", "吉0702", "松原市", "220702", "松原市宁江区沿江东路1088号", "0438-2121234"),
    "court_hn": Court("广东省惠州市惠城区人民法院", "粤1302", "惠州市", "441302", "惠州市惠城区江北文明一路6号", "0752-2821234"),
    "court_ho": Court("新疆维吾尔自治区伊宁市人民法院", "新4002", "伊宁市", "654002", "伊宁市斯大林街88号", "0999-8121234"),
    "court_hp": Court("山东省临沂市兰山区人民法院", "鲁1302", "临沂市", "371302", "临沂市兰山区北京路17号", "0539-8121234"),
    "court_hq": Court("黑龙江省大庆市萨尔图区人民法院", "黑0602", "大庆市", "230602", "大庆市萨尔图区东风路66号", "0459-6321234"),
    "court_hr": Court("广西壮族自治区贵港市港北区人民法院", "桂0802", "贵港市", "450802", "贵港市港北区中山北路128号", "0775-4221234"),
    "court_hs": Court("河南省周口市川汇区人民法院", "豫1602", "周口市", "411602", "周口市川汇区七一路中段86号", "0394-8221234"),
    "court_ht": Court("重庆市綦江区人民法院", "渝0110", "重庆市", "500110", "重庆市綦江区文龙街道沱湾路58号", "023-48621234"),
    "court_hu": Court("河北省沧州市新华区人民法院", "冀0902", "沧州市", "130902", "沧州市新华区解放中路116号", "0317-2021234"),
    "court_hv": Court("山东省邹城市人民法院", "鲁0883", "济宁市", "370883", "邹城市太平东路2188号", "0537-5221234"),
    "court_hw": Court("辽宁省盘锦市双台子区人民法院", "辽1102", "盘锦市", "211102", "盘锦市双台子区双兴北路66号", "0427-2821234"),
    "court_hx": Court("西藏自治区林芝市巴宜区人民法院", "藏0402", "林芝市", "540402", "林芝市巴宜区双拥路18号", "0894-5821234"),
    "court_hy": Court("福建省宁德市蕉城区人民法院", "闽0902", "宁德市", "350902", "宁德市蕉城区蕉城南路68号", "0593-2821234"),
    "court_hz": Court("安徽省宣城市宣州区人民法院", "皖1802", "宣城市", "341802", "宣城市宣州区鳌峰中路18号", "0563-3021234"),
    "court_ia": Court("云南省保山市隆阳区人民法院", "云0502", "保山市", "530502", "保山市隆阳区正阳南路99号", "0875-2121234"),
    "court_ib": Court("湖南省张家界市永定区人民法院", "湘0802", "张家界市", "430802", "张家界市永定区大庸中路66号", "0744-8221234"),
    "court_ic": Court("新疆维吾尔自治区哈密市伊州区人民法院", "新2201", "哈密市", "650502", "哈密市伊州区前进西路18号", "0902-2231234"),
    "court_id": Court("吉林省延吉市人民法院", "吉2401", "延边朝鲜族自治州", "222401", "延吉市光明街288号", "0433-2521234"),
    "court_ie": Court("黑龙江省黑河市爱辉区人民法院", "黑1102", "黑河市", "231102", "黑河市爱辉区王肃街88号", "0456-8221234"),
    "court_if": Court("内蒙古自治区呼伦贝尔市海拉尔区人民法院", "蒙0702", "呼伦贝尔市", "150702", "呼伦贝尔市海拉尔区胜利大街36号", "0470-8221234"),
    "court_ig": Court("海南省海口市秀英区人民法院", "琼0105", "海口市", "460105", "海口市秀英区秀英大道128号", "0898-6861234"),
    "court_ih": Court("广西壮族自治区凭祥市人民法院", "桂1481", "崇左市", "451481", "凭祥市北环路88号", "0771-8521234"),
    "court_ii": Court("福建省平潭县人民法院", "闽0128", "福州市", "350128", "平潭县潭城镇西航路66号", "0591-2431234"),
    "court_ij": Court("甘肃省敦煌市人民法院", "甘0982", "酒泉市", "620982", "敦煌市阳关中路29号", "0937-8821234"),
    "court_ik": Court("云南省瑞丽市人民法院", "云3102", "德宏傣族景颇族自治州", "533102", "瑞丽市姐告大道18号", "0692-4121234"),
    "court_il": Court("福建省石狮市人民法院", "闽0581", "泉州市", "350581", "石狮市八七路588号", "0595-88721234"),
    "court_im": Court("浙江省嘉兴市秀洲区人民法院", "浙0411", "嘉兴市", "330411", "嘉兴市秀洲区中山西路1288号", "0573-83321234"),
    "court_in": Court("山东省青岛市黄岛区人民法院", "鲁0211", "青岛市", "370211", "青岛市黄岛区长江中路366号", "0532-86981234"),
    "court_io": Court("湖南省长沙市岳麓区人民法院", "湘0104", "长沙市", "430104", "长沙市岳麓区枫林三路1099号", "0731-88881234"),
    "court_ip": Court("四川省宜宾市翠屏区人民法院", "川1502", "宜宾市", "511502", "宜宾市翠屏区人民路56号", "0831-82321234"),
    "court_iq": Court("河南省新乡市红旗区人民法院", "豫0702", "新乡市", "410702", "新乡市红旗区平原路288号", "0373-30561234"),
    "court_ir": Court("广东省佛山市顺德区人民法院", "粤0606", "佛山市", "440606", "佛山市顺德区大良街道德和路8号", "0757-22381234"),
    "court_is": Court("贵州省雷山县人民法院", "黔2634", "黔东南苗族侗族自治州", "522634", "雷山县丹江镇永乐路36号", "0855-33321234"),
    "court_it": Court("湖北省宜昌市伍家岗区人民法院", "鄂0503", "宜昌市", "420503", "宜昌市伍家岗区夷陵大道168号", "0717-6551234"),
    "court_iu": Court("江苏省常州市天宁区人民法院", "苏0402", "常州市", "320402", "常州市天宁区竹林北路256号", "0519-88101234"),
    "court_iv": Court("山东省济南市市中区人民法院", "鲁0103", "济南市", "370103", "济南市市中区英雄山路128号", "0531-82081234"),
    "court_iw": Court("甘肃省夏河县人民法院", "甘3027", "甘南藏族自治州", "623027", "夏河县拉卜楞镇人民西街12号", "0941-7121234"),
    "court_ix": Court("陕西省西安市碑林区人民法院", "陕0103", "西安市", "610103", "西安市碑林区南关正街88号", "029-87651234"),
    "court_iy": Court("重庆市渝北区人民法院", "渝0112", "重庆市", "500112", "重庆市渝北区双龙大道168号", "023-67821234"),
    "court_iz": Court("辽宁省沈阳市沈河区人民法院", "辽0103", "沈阳市", "210103", "沈阳市沈河区青年大街188号", "024-22841234"),
    "court_ja": Court("天津市河东区人民法院", "津0102", "天津市", "120102", "天津市河东区十一经路78号", "022-24121234"),
    "court_jb": Court("山西省太原市杏花岭区人民法院", "晋0107", "太原市", "140107", "太原市杏花岭区府东街99号", "0351-3031234"),
    "court_jc": Court("湖北省武汉市江岸区人民法院", "鄂0102", "武汉市", "420102", "武汉市江岸区胜利街218号", "027-82771234"),
    "court_jd": Court("吉林省长春市南关区人民法院", "吉0102", "长春市", "220102", "长春市南关区人民大街3366号", "0431-88981234"),
    "court_je": Court("四川省成都市青羊区人民法院", "川0105", "成都市", "510105", "成都市青羊区光华北三路98号", "028-86151234"),
    "court_jf": Court("山东省青岛市市南区人民法院", "鲁0202", "青岛市", "370202", "青岛市市南区香港中路88号", "0532-83861234"),
    "court_jg": Court("河北省石家庄市桥西区人民法院", "冀0104", "石家庄市", "130104", "石家庄市桥西区自强路128号", "0311-87051234"),
    "court_jh": Court("湖南省长沙市芙蓉区人民法院", "湘0102", "长沙市", "430102", "长沙市芙蓉区五一大道358号", "0731-84461234"),
}
LATER_FAMILIES = ("tribunal", "court_d")
"""families added after the first six: their bases come from other bodies (tribunal.adopt_basis) and
their documents are routed by family_for_later; the first six keep their routing and pages."""
HELD_OUT: tuple[str, ...] = ()
"""families drawn to measure the reader once on layouts it has never seen: they are built only when named
(`only`, `dossier corpus build --only NAME`), so that nothing is trained or tuned on them by accident. A family stands
here from its drawing (by a session that never saw the reader) until its one measurement — every page read live at a
named commit before anything is looked at for it; then its failures are read and it is built with the others. Which
families were measured so, at which commit, and what each showed: README's first-sight table and bench/HISTORY.md."""
PARTY_FAMILY = {"enforcement_application", "power_of_attorney", "law_firm_letter", "objection_application",
                "resumption_application", "evidence"}


@dataclass
class Doc:
    code: str
    served: list[str] = field(default_factory=list)
    family: str = ""
    note: str = ""           # respondent: identity of the respondent

    @property
    def drawn_with(self) -> list[str]:
        """What the family's renderer is handed besides the case: the papers a receipt serves, or else the note."""
        return self.served or ([self.note] if self.note else [])


@dataclass
class Plan:
    name: str
    family: str
    court_family: str
    description: str
    category: str
    method: str
    stage: str
    docs: list[Doc]
    complete: bool
    basis_kind: str = "judgment"
    defect: str = ""          # misfiled | illegible | ""
    obstruction: bool = False
    seq: int = 1000


def base_docs(method: str, category: str) -> list[Doc]:
    filing = {
        "enforcement": ["enforcement_application", "enforcement_basis", "property_clue_form", "fee_receipt", "identity_proof",
                        "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
                        "service_address_confirmation"],
        "resumption": ["resumption_application", "enforcement_basis", "termination_this_round_ruling", "identity_proof",
                       "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
                       "service_address_confirmation", "resumption_ruling", "resumption_notice"],
        "objection": ["objection_application", "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license",
                      "evidence", "service_address_confirmation"],
        "transfer": ["transfer_statement", "enforcement_basis", "property_status_statement"],
    }[category]
    docs = [Doc(c) for c in filing]
    docs.insert(5 if len(docs) > 5 else 1, Doc("identity_proof", note="respondent"))
    docs += [Doc("acceptance_notice"), Doc("payment_notice"), Doc("enforcement_notice"), Doc("property_report_order"),
             Doc("property_declaration_form"), Doc("online_inquiry_result"), Doc("enforcement_ruling"),
             Doc("assistance_notice")]
    if method == "terminated_this_round":
        docs += [Doc("summons"), Doc("consumption_restriction_order"), Doc("dishonest_list_decision"),
                 Doc("investigation_record"), Doc("interview_record"), Doc("termination_this_round_ruling"),
                 Doc("closing_approval_form")]
    elif method == "fully_performed":
        docs += [Doc("settlement_agreement"), Doc("payment_voucher"), Doc("closing_notice"), Doc("closing_approval_form")]
    elif method == "terminated":
        docs += [Doc("termination_ruling"), Doc("closing_approval_form")]
    elif method == "rejected":
        docs += [Doc("closing_approval_form")]
    served_first = ["acceptance_notice", "enforcement_notice", "property_report_order"]
    docs.append(Doc("service_receipt", served=served_first[1:]))
    docs.append(Doc("service_receipt", served=served_first[:1]))
    final = {"terminated_this_round": "termination_this_round_ruling", "terminated": "termination_ruling",
             "rejected": "enforcement_ruling"}.get(method)
    if final:
        docs.append(Doc("service_receipt", served=[final]))
    if method == "terminated_this_round":
        docs.append(Doc("service_receipt", served=["consumption_restriction_order", "dishonest_list_decision"]))
    return docs


def behind(docs: list[Doc], code: str, *new: Doc) -> list[Doc]:
    """`docs` with `new` filed right behind the first document of `code` (a 生效证明书 behind its judgment): the
    one placing rule a family's plans need, kept here so that no family writes its own."""
    at = next(i for i, d in enumerate(docs) if d.code == code) + 1
    return [*docs[:at], *new, *docs[at:]]


def plans() -> list[Plan]:
    def drop(docs: list[Doc], code: str, served: str = "") -> list[Doc]:
        out = [d for d in docs if not (d.code == code and (not served or served in d.served))]
        assert len(out) < len(docs), code
        return out

    def with_(docs: list[Doc], *extra: str, at: int | None = None) -> list[Doc]:
        new = [Doc(c) for c in extra]
        if at is None:
            return docs + new
        return docs[:at] + new + docs[at:]

    ttr, fp = "terminated_this_round", "fully_performed"
    archive_extra = ("file_review_form", "remarks_sheet")
    p = [
        Plan("court_a_01_complete_terminated_this_round", "court_a", "court_a", "终本结案的完整卷宗（结案审查）",
             "enforcement", ttr, "closing", base_docs(ttr, "enforcement"), True, seq=1234),
        Plan("court_a_02_missing_termination_receipt", "court_a", "court_a", "终本卷宗缺终本裁定书送达回证",
             "enforcement", ttr, "closing", drop(base_docs(ttr, "enforcement"), "service_receipt", "termination_this_round_ruling"),
             False, seq=1301),
        Plan("court_b_01_complete_fully_performed", "court_b", "court_b", "执行完毕的完整卷宗（和解并履行，案款发放）",
             "enforcement", fp, "closing", base_docs(fp, "enforcement"), True, seq=88),
        Plan("court_b_02_terminated_misfiled_page", "court_b", "court_b", "终结执行卷宗，夹有他案的一页",
             "enforcement", "terminated", "closing", with_(base_docs("terminated", "enforcement"), "evidence", "kinship_proof"),
             False, defect="misfiled", seq=97),
        Plan("court_c_01_complete_with_fine_and_detention", "court_c", "court_c", "终本完整卷宗（有罚款、拘留决定书，打字笔录）",
             "enforcement", ttr, "closing", with_(base_docs(ttr, "enforcement"), "fine_decision", "detention_decision"),
             True, obstruction=True, seq=2210),
        Plan("court_c_02_missing_interview_record", "court_c", "court_c", "终本卷宗缺约谈申请执行人笔录；被执行人下落不明证明",
             "enforcement", ttr, "closing",
             with_(drop(base_docs(ttr, "enforcement"), "interview_record"), "whereabouts_unknown_proof"), False, seq=2333),
        Plan("lawyer_01_complete_resumption", "lawyer", "court_c", "恢复执行后终本的完整卷宗（律师代理）",
             "resumption", ttr, "closing", base_docs(ttr, "resumption"), True, seq=45),
        Plan("lawyer_02_objection_illegible_page", "lawyer", "court_a", "执行异议卷宗，含一页无法辨认的扫描件",
             "objection", "rejected", "closing", base_docs("rejected", "objection"), False, defect="illegible", seq=12),
        Plan("bank_registry_01_complete_arbitration_paid", "bank_registry", "court_b", "仲裁裁决执行完毕的完整卷宗（生效证明、银行回单）",
             "enforcement", fp, "closing", with_(base_docs(fp, "enforcement"), "effectiveness_certificate", at=2), True,
             basis_kind="arbitration", seq=560),
        Plan("bank_registry_02_transfer_missing_report_receipt", "bank_registry", "court_a", "刑事财产刑移送执行卷宗，缺报告财产令送达回证",
             "transfer", fp, "closing", [d if d.served != ["enforcement_notice", "property_report_order"]
                                         else Doc("service_receipt", ["enforcement_notice"])
                                         for d in base_docs(fp, "transfer")], False, basis_kind="criminal", seq=731),
        Plan("handfilled_01_complete_archive", "handfilled", "court_a", "终本卷宗归档（封面、卷内目录、复核表、备考表）",
             "enforcement", ttr, "archive",
             [Doc("dossier_cover"), Doc("catalogue"), Doc("case_registration_form"), *with_(base_docs(ttr, "enforcement"), *archive_extra)], True, seq=640),
        Plan("handfilled_02_archive_missing_remarks_illegible", "handfilled", "court_c", "归档卷宗缺备考表，且有一页无法辨认",
             "enforcement", ttr, "archive",
             [Doc("dossier_cover"), Doc("catalogue"), *with_(base_docs(ttr, "enforcement"), "file_review_form")], False,
             defect="illegible", seq=655),
    ]
    later = [
        Plan("tribunal_01_complete_resumption_appeal_terminated", "tribunal", "court_d",
             "中院二审判决为依据、恢复执行后和解撤回而终结执行的完整卷宗（一审法院生效证明，骑缝章）",
             "resumption", "terminated", "closing",
             with_(with_(base_docs("terminated", "resumption"), "effectiveness_certificate", at=2), "evidence"), True, seq=77),
        Plan("tribunal_02_notarial_missing_execution_certificate", "tribunal", "court_c",
             "公证债权文书执行的终本卷宗，缺公证处出具的执行证书；附派出所下落不明证明",
             "enforcement", ttr, "closing",
             with_(base_docs(ttr, "enforcement"), "whereabouts_unknown_proof", at=11), False, basis_kind="notarial", seq=318),
        Plan("tribunal_03_complete_criminal_transfer", "tribunal", "court_d",
             "刑事判决罚金移送执行、执行完毕的完整卷宗（刑庭移送执行表、财产情况说明）",
             "transfer", fp, "closing", drop(base_docs(fp, "transfer"), "settlement_agreement"), True,
             basis_kind="criminal", seq=402),
        Plan("tribunal_04_complete_appeal_fully_performed", "tribunal", "court_b",
             "中院二审判决（附一审判决、生效证明）为依据、和解履行完毕的完整卷宗",
             "enforcement", fp, "closing", with_(base_docs(fp, "enforcement"), "effectiveness_certificate", at=2), True,
             seq=266),
        Plan("court_d_01_complete_terminated_this_round", "court_d", "court_d",
             "终本完整卷宗（他院调解书为依据；罚款、拘留；送达回证一页两联或横表，邮寄、电子送达凭证附后）",
             "enforcement", ttr, "closing",
             with_(with_(base_docs(ttr, "enforcement"), "effectiveness_certificate", at=2), "fine_decision",
                   "detention_decision"), True, basis_kind="mediation", obstruction=True, seq=1520),
        Plan("court_d_02_archive_arbitration_missing_notice_receipt", "court_d", "court_d",
             "仲裁裁决执行完毕的归档卷宗，缺执行通知书、报告财产令的送达回证",
             "enforcement", fp, "archive",
             [Doc("dossier_cover"), Doc("catalogue"), Doc("case_registration_form"),
              *with_(with_(drop(base_docs(fp, "enforcement"), "service_receipt", "enforcement_notice"),
                           "effectiveness_certificate", at=2), *archive_extra)],
             False, basis_kind="arbitration", seq=1611),
    ]
    for plan in p:
        for d in plan.docs:
            d.family = family_for(d.code, plan)
    for plan in later:
        for d in plan.docs:
            d.family = family_for_later(d.code, plan)
    return p + later + held_out_plans()


def held_out_plans() -> list[Plan]:
    """The dossiers of the families drawn to be measured once (court_e and each one after it, in FAMILIES
    order), after all others so that their seeds (place in the list) leave the older dossiers' pages
    byte-identical. Every document in them is drawn by its own family."""
    held = [plan for family in FAMILIES[FAMILIES.index("court_e"):]
            for plan in import_module(f"dossier.corpus.families.{family}_plans").plans()]
    for plan in held:
        for d in plan.docs:
            d.family = plan.family
    return held


def family_for_later(code: str, plan: Plan) -> str:
    """Who draws a document in a dossier of the later families: another body's papers by tribunal,
    the court's own by its family, party papers by lawyer, bank/ID copies by bank_registry, forms
    filled by the parties by handfilled."""
    if code in handles("tribunal"):
        return "tribunal"
    if code == "settlement_agreement" and plan.court_family == "court_d":
        return "court_d"
    if code in PARTY_FAMILY:
        return "lawyer"
    if plan.court_family == "court_d" and code in handles("court_d"):
        return "court_d"
    if code in handles("bank_registry"):
        return "bank_registry"
    if code in handles("handfilled") and code != "acceptance_notice":
        return "handfilled"
    return plan.court_family


def family_for(code: str, plan: Plan) -> str:
    if code in PARTY_FAMILY:
        return "lawyer"
    if code in handles("bank_registry"):
        return "bank_registry"
    typed_records = plan.court_family == "court_c" and plan.family == "court_c"
    if code in ("interview_record", "investigation_record") and typed_records:
        return plan.court_family
    if code in handles("handfilled") and not (code == "acceptance_notice" and plan.family != "handfilled"):
        if code == "transfer_statement" and plan.family == "bank_registry":
            return plan.court_family
        return "handfilled"
    if code == "settlement_agreement" and plan.family == "court_b":
        return "lawyer"
    return plan.court_family


def case_for(plan: Plan, rng: random.Random) -> CaseCtx:
    court = COURTS[plan.family]
    filed = date(2024, 1, 8) + timedelta(days=rng.randint(0, 60))
    duration = 130 if plan.method == "terminated_this_round" else 75
    c = make_case(rng, court, seq=plan.seq, category=plan.category, method=plan.method, filed_on=filed,
                  duration=duration, basis_kind=plan.basis_kind if plan.basis_kind != "criminal" else "judgment",
                  org_respondent=plan.category != "objection")
    c.basis_kind = plan.basis_kind
    c.extra["obstruction"] = plan.obstruction
    if plan.family in LATER_FAMILIES:
        tribunal.adopt_basis(c, rng)
    if plan.family in FAMILIES[FAMILIES.index("court_e"):]:  # each such family moves the case to its place
        adopt = import_module(f"dossier.corpus.families.{plan.family}").adopt_basis
        if plan.family == "court_h":  # its bases depend on the documents the dossier holds
            adopt(c, rng, [d.code for d in plan.docs])
        else:
            adopt(c, rng)
    return c


def true_documents(plan: Plan) -> list[Document]:
    """The plan's papers as the check would group them; a paper drawn for the respondent (`note="respondent"`: its
    ID card, its licence) is the respondent's, as the check tells from the pages (dossier_check.whose), so a plan
    holding only the respondent's identity proof lacks the applicant's."""
    return [Document(doc_type=d.code, pages=[i + 1], served=d.served,
                     owner="被执行人" if d.note == "respondent" else None) for i, d in enumerate(plan.docs)]


def check_plan(plan: Plan, case_json: dict[str, object], today: date) -> list[str]:
    case = case_from_dict(case_json)
    return [m.code for m in missing_items(case, true_documents(plan), plan.stage, today)]


def build_corpus(out: Path, *, seed: int = DEFAULT_SEED, small: bool = False, only: list[str] | None = None,
                 progress: Callable[[str], None] | None = None, workers: int | None = None) -> list[GroundTruth]:
    out.mkdir(parents=True, exist_ok=True)
    selected = plans_to_build(small=small, only=only)
    truths = _build_all(out, selected, seed, small=small, progress=progress,
                        workers=min(2, os.cpu_count() or 1) if workers is None else workers)
    families = [f for f in FAMILIES if f not in HELD_OUT or any(p.family == f for _, p in selected)]
    index = {"seed": seed, "small": small, "families": families,
             "dossiers": [{"name": t.name, "family": t.name.rsplit("_0", 1)[0], "pages": len(t.pages),
                           "stage": t.stage, "expected_decision": t.expected_decision,
                           "expected_missing": t.expected_missing, "description": t.description} for t in truths]}
    atomic_write_text(out / "index.json", json.dumps(index, ensure_ascii=False, indent=2))
    return truths


def plans_to_build(*, small: bool, only: list[str] | None) -> list[tuple[int, Plan]]:
    """(place, plan) of the dossiers a build makes. A small build makes each family's first defective
    dossier (held-out families' only when named); the place seeds the dossier's generator."""
    all_plans = plans()
    if small:
        all_plans = [next(p for p in all_plans if p.family == f and not p.complete) for f in FAMILIES
                     if f not in HELD_OUT or only is not None]
    return selected_plans(all_plans, only)


def selected_plans(all_plans: list[Plan], only: list[str] | None) -> list[tuple[int, Plan]]:
    """(place, plan) of the dossiers to build: those named, or else all but the held-out families'."""
    return [(i, plan) for i, plan in enumerate(all_plans)
            if (plan.name in only if only is not None else plan.family not in HELD_OUT)]


def _build_all(out: Path, selected: list[tuple[int, Plan]], seed: int, *, small: bool,
               progress: Callable[[str], None] | None, workers: int) -> list[GroundTruth]:
    """Every selected dossier, on `workers` processes. Each dossier draws from its own generator
    (seeded by its place in the plan list), so the pages are the same however many workers run."""
    if workers <= 1 or len(selected) <= 1:
        truths = []
        for i, plan in selected:
            if progress:
                progress(plan.name)
            truths.append(build_dossier(out / plan.name, plan, random.Random(seed * 1000 + i), small=small))
        return truths
    with process_pool(workers) as pool:
        futures = [pool.submit(build_dossier, out / plan.name, plan, random.Random(seed * 1000 + i), small=small)
                   for i, plan in selected]
        truths = []
        for (_i, plan), future in zip(selected, futures, strict=True):
            truths.append(future.result())
            if progress:
                progress(plan.name)
        return truths


def build_dossier(folder: Path, plan: Plan, rng: random.Random, *, small: bool) -> GroundTruth:
    folder.mkdir(parents=True, exist_ok=True)
    c = case_for(plan, rng)
    today = c.closed_on + timedelta(days=5)
    rendered: list[tuple[Doc, list[Sheet]]] = []
    total = 0
    for d in plan.docs:
        if small and total >= 10:
            break
        sheets = renderer(d.family)(d.code, c, rng, d.drawn_with)
        if small and total + len(sheets) > 11:
            continue
        rendered.append((d, sheets))
        total += len(sheets)
    kept = [d for d, _ in rendered]
    pages: list[TruthPage] = []
    documents: list[TruthDocument] = []
    problems: dict[str, list[int]] = {}
    jpegs: list[bytes] = []
    layered: list[court_j_capture.JPage] = []  # court_j: the double-layer PDF's pages (scan + OCR text, or born digital)
    misfiled_at = len(rendered) // 2 if plan.defect == "misfiled" else -1
    illegible_at = len(rendered) // 3 if plan.defect == "illegible" else -1

    def emit(sheet: Sheet, code: str, family: str, *, number: str | None, illegible: bool = False) -> int:
        cap: Captured
        if family == "court_j":  # a document centre's scanner and its OCR text layer; the case system's exports born digital
            jcap = court_j_capture.plan_capture(rng, sheet)
            jpegs.append(court_j_capture.capture(sheet, jcap, rng))
            layered.append(court_j_capture.page(sheet, jcap, jpegs[-1], rng))
            cap = jcap
        elif family in OWN_CAPTURE:  # the family's own scanner, camera or fax (its *_capture module)
            own = capturer(family)
            cap = own.plan_capture(rng, sheet)
            jpegs.append(own.capture(sheet, cap, rng))
        elif family == "court_e":  # the family captures its pages its own way (photocopier, fax, holes)
            cap = court_e_capture.plan_capture(rng, sheet)
            jpegs.append(court_e_capture.capture(sheet, cap, rng, page=len(pages) + 1))
        else:
            cap = degrade.plan_capture(rng, allow_photo=family in ("bank_registry", "handfilled", "lawyer", *LATER_FAMILIES))
            jpegs.append(degrade.capture(sheet.image, cap, rng, illegible=illegible))
        n = len(pages) + 1
        text = "\n".join(sheet.lines)
        pages.append(TruthPage(page=n, doc_type=code, case_number=number if number and number in text else None,
                               readable=not illegible, family=family, text=text or None, page_of=sheet.page_of,
                               rotation=cap.rotation, dpi=cap.dpi, photo=cap.photo))
        return n

    for k, (d, sheets) in enumerate(rendered):
        if k == misfiled_at:
            other = case_for(Plan("other", plan.family, plan.court_family, "", "enforcement", "", "closing", [], False,
                                  seq=plan.seq + 517), random.Random(rng.random()))
            stray = renderer(plan.court_family)("enforcement_ruling", other, rng, [])[0]
            n = emit(stray, "enforcement_ruling", plan.court_family, number=other.number)
            pages[-1].case_number = other.number
            problems.setdefault("misfiled_page", []).append(n)
        if k == illegible_at:
            junk = renderer("bank_registry")("identity_proof", c, rng, [])[0]
            n = emit(junk, "unknown", "bank_registry", number=None, illegible=True)
            problems.setdefault("unreadable_page", []).append(n)
        numbers: list[int] = []
        for j, sheet in enumerate(sheets):
            if j > 0 and sheet.starts_document:
                documents.append(TruthDocument(doc_type=d.code, pages=numbers, served=d.served))
                numbers = []
            first = j == 0 or sheet.starts_document
            numbers.append(emit(sheet, d.code if first else "continuation", d.family, number=c.number))
            if getattr(sheet, "scanned_twice", False):  # fed twice through the scanner: 重张
                numbers.append(emit(sheet, d.code if first else "continuation", d.family, number=c.number))
                problems.setdefault("duplicate_page", []).extend(numbers[-2:])
        documents.append(TruthDocument(doc_type=d.code, pages=numbers, served=d.served))
        if len(sheets) == 1 and rng.random() < 0.12 and not getattr(sheets[0], "digital", False):  # a scanned blank back
            back = Sheet()
            back.image = degrade.blank_back(rng, sheets[0].image)
            n = emit(back, "blank", d.family, number=None)
            problems.setdefault("blank_page", []).append(n)
    case_json = c.case_json()
    missing = [m.code for m in missing_items(case_from_dict(case_json),
                                             [Document(doc_type=t.doc_type, pages=t.pages, served=t.served)
                                              for t in documents], plan.stage, today)]
    if plan.complete and not small and missing:
        raise AssertionError(f"{plan.name}: complete dossier misses {missing}")
    decision = "reject" if missing or "misfiled_page" in problems or "unreadable_page" in problems else "approve"
    scans = ["scan.pdf"]
    if layered and len(layered) == len(jpegs):
        from dossier.corpus.families import court_j_pdf

        court_j_pdf.write_pdf(str(folder / "scan.pdf"), layered)
    else:
        degrade.write_pdf(str(folder / "scan.pdf"), jpegs)
    truth = GroundTruth(name=plan.name, description=plan.description + ("（精简）" if small else ""), scans=scans,
                        stage="archive" if plan.stage == "archive" else "closing", today=today,
                        expected_decision="reject" if decision == "reject" else "approve", expected_missing=missing,
                        expected_problems=[TruthProblem(kind=k, pages=v) for k, v in sorted(problems.items())],
                        pages=pages, documents=documents)
    atomic_write_text(folder / "case.json", json.dumps(case_json, ensure_ascii=False, indent=2))
    atomic_write_text(folder / "truth.json", truth.model_dump_json(indent=2))
    del kept
    return truth
