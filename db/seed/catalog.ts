// Static reference data of the synthetic company: positions and career paths, competencies,
// the course catalogue (names as in the source article) and the KPI definitions. Ids are the
// 1-based index in each array, so they never depend on the company size or the seed.

export type Family = 'SALES' | 'MANUFACTURING' | 'TECH' | 'FINANCE' | 'HR' | 'SERVICE' | 'ADMIN' | 'MANAGEMENT';

export interface PositionDef {
  code: string;
  name: string;
  family: Family;
  level: number;
  managerial: boolean;
  /** Code of the usual next position (career path edge). */
  next?: string;
  typicalMonths?: number;
  competencies: [string, number][];
}

export const POSITIONS: PositionDef[] = [
  // Sales: 销售代表 → 客户经理 → 高级客户经理 → 销售主管 → 区域销售经理 → 销售总监
  { code: 'SALES_REP', name: '销售代表', family: 'SALES', level: 1, managerial: false, next: 'ACCOUNT_MGR', typicalMonths: 18, competencies: [['NEGOTIATION', 1], ['CUSTOMER_INSIGHT', 1]] },
  { code: 'ACCOUNT_MGR', name: '客户经理', family: 'SALES', level: 2, managerial: false, next: 'SENIOR_ACCOUNT_MGR', typicalMonths: 24, competencies: [['NEGOTIATION', 2], ['CUSTOMER_INSIGHT', 2], ['WEALTH_MGMT', 1]] },
  { code: 'SENIOR_ACCOUNT_MGR', name: '高级客户经理', family: 'SALES', level: 3, managerial: false, next: 'SALES_SUPERVISOR', typicalMonths: 30, competencies: [['NEGOTIATION', 3], ['CUSTOMER_INSIGHT', 3], ['WEALTH_MGMT', 3], ['COLLABORATION', 2]] },
  { code: 'SALES_SUPERVISOR', name: '销售主管', family: 'SALES', level: 4, managerial: true, next: 'REGIONAL_SALES_MGR', typicalMonths: 36, competencies: [['TEAM_MGMT', 2], ['NEGOTIATION', 3], ['LEADERSHIP', 2]] },
  { code: 'REGIONAL_SALES_MGR', name: '区域销售经理', family: 'SALES', level: 5, managerial: true, next: 'SALES_DIRECTOR', typicalMonths: 48, competencies: [['TEAM_MGMT', 3], ['LEADERSHIP', 3], ['STRATEGY', 2]] },
  { code: 'SALES_DIRECTOR', name: '销售总监', family: 'SALES', level: 6, managerial: true, competencies: [['LEADERSHIP', 4], ['STRATEGY', 4]] },
  // Manufacturing: 操作工 → 高级操作工 → 班组长 → 车间主任 → 生产总监
  { code: 'OPERATOR', name: '操作工', family: 'MANUFACTURING', level: 1, managerial: false, next: 'SENIOR_OPERATOR', typicalMonths: 24, competencies: [['LEAN', 1], ['QUALITY', 1], ['SAFETY', 2]] },
  { code: 'SENIOR_OPERATOR', name: '高级操作工', family: 'MANUFACTURING', level: 2, managerial: false, next: 'TEAM_LEADER', typicalMonths: 30, competencies: [['LEAN', 2], ['QUALITY', 2], ['SAFETY', 2]] },
  { code: 'TEAM_LEADER', name: '班组长', family: 'MANUFACTURING', level: 3, managerial: true, next: 'WORKSHOP_DIRECTOR', typicalMonths: 36, competencies: [['LEAN', 3], ['TEAM_MGMT', 2], ['SAFETY', 3]] },
  { code: 'WORKSHOP_DIRECTOR', name: '车间主任', family: 'MANUFACTURING', level: 4, managerial: true, next: 'PRODUCTION_DIRECTOR', typicalMonths: 48, competencies: [['LEAN', 4], ['TEAM_MGMT', 3], ['LEADERSHIP', 2]] },
  { code: 'PRODUCTION_DIRECTOR', name: '生产总监', family: 'MANUFACTURING', level: 5, managerial: true, competencies: [['LEADERSHIP', 4], ['STRATEGY', 3]] },
  // Tech: 助理工程师 → 工程师 → 高级工程师 → 初级经理 → 部门经理 → 研发总监
  { code: 'ASSISTANT_ENGINEER', name: '助理工程师', family: 'TECH', level: 1, managerial: false, next: 'ENGINEER', typicalMonths: 18, competencies: [['ENGINEERING', 1]] },
  { code: 'ENGINEER', name: '工程师', family: 'TECH', level: 2, managerial: false, next: 'SENIOR_ENGINEER', typicalMonths: 24, competencies: [['ENGINEERING', 2], ['PROJECT_COORD', 1]] },
  { code: 'SENIOR_ENGINEER', name: '高级工程师', family: 'TECH', level: 3, managerial: false, next: 'JUNIOR_MANAGER', typicalMonths: 30, competencies: [['ENGINEERING', 3], ['PROJECT_COORD', 2]] },
  { code: 'JUNIOR_MANAGER', name: '初级经理', family: 'TECH', level: 4, managerial: true, next: 'DEPT_MANAGER', typicalMonths: 36, competencies: [['TEAM_MGMT', 3], ['PROJECT_COORD', 3], ['COLLABORATION', 2]] },
  { code: 'DEPT_MANAGER', name: '部门经理', family: 'TECH', level: 5, managerial: true, next: 'RND_DIRECTOR', typicalMonths: 48, competencies: [['LEADERSHIP', 3], ['TEAM_MGMT', 4], ['STRATEGY', 2]] },
  { code: 'RND_DIRECTOR', name: '研发总监', family: 'TECH', level: 6, managerial: true, competencies: [['LEADERSHIP', 4], ['STRATEGY', 4]] },
  // Service: 客服专员 → 高级客服专员 → 客服主管 → 客服经理
  { code: 'SERVICE_AGENT', name: '客服专员', family: 'SERVICE', level: 1, managerial: false, next: 'SENIOR_SERVICE_AGENT', typicalMonths: 18, competencies: [['SERVICE', 2], ['CUSTOMER_INSIGHT', 1]] },
  { code: 'SENIOR_SERVICE_AGENT', name: '高级客服专员', family: 'SERVICE', level: 2, managerial: false, next: 'SERVICE_SUPERVISOR', typicalMonths: 24, competencies: [['SERVICE', 3], ['CUSTOMER_INSIGHT', 2]] },
  { code: 'SERVICE_SUPERVISOR', name: '客服主管', family: 'SERVICE', level: 3, managerial: true, next: 'SERVICE_MANAGER', typicalMonths: 36, competencies: [['SERVICE', 3], ['TEAM_MGMT', 2]] },
  { code: 'SERVICE_MANAGER', name: '客服经理', family: 'SERVICE', level: 4, managerial: true, competencies: [['LEADERSHIP', 3], ['TEAM_MGMT', 3]] },
  // Finance: 会计 → 高级会计 → 财务主管 → 财务经理
  { code: 'ACCOUNTANT', name: '会计', family: 'FINANCE', level: 1, managerial: false, next: 'SENIOR_ACCOUNTANT', typicalMonths: 24, competencies: [['FINANCE', 2], ['DATA_ANALYSIS', 1]] },
  { code: 'SENIOR_ACCOUNTANT', name: '高级会计', family: 'FINANCE', level: 2, managerial: false, next: 'FINANCE_SUPERVISOR', typicalMonths: 30, competencies: [['FINANCE', 3], ['DATA_ANALYSIS', 2]] },
  { code: 'FINANCE_SUPERVISOR', name: '财务主管', family: 'FINANCE', level: 3, managerial: true, next: 'FINANCE_MANAGER', typicalMonths: 36, competencies: [['FINANCE', 3], ['TEAM_MGMT', 2]] },
  { code: 'FINANCE_MANAGER', name: '财务经理', family: 'FINANCE', level: 4, managerial: true, competencies: [['FINANCE', 4], ['LEADERSHIP', 3]] },
  // HR: 人事专员 → 高级人事专员 → 人事主管 → 人力资源经理
  { code: 'HR_SPECIALIST', name: '人事专员', family: 'HR', level: 1, managerial: false, next: 'SENIOR_HR_SPECIALIST', typicalMonths: 24, competencies: [['HR', 2]] },
  { code: 'SENIOR_HR_SPECIALIST', name: '高级人事专员', family: 'HR', level: 2, managerial: false, next: 'HR_SUPERVISOR', typicalMonths: 30, competencies: [['HR', 3], ['DATA_ANALYSIS', 1]] },
  { code: 'HR_SUPERVISOR', name: '人事主管', family: 'HR', level: 3, managerial: true, next: 'HR_MANAGER', typicalMonths: 36, competencies: [['HR', 3], ['TEAM_MGMT', 2]] },
  { code: 'HR_MANAGER', name: '人力资源经理', family: 'HR', level: 4, managerial: true, competencies: [['HR', 4], ['LEADERSHIP', 3]] },
  // Admin: 行政专员 → 行政主管 → 行政经理
  { code: 'ADMIN_SPECIALIST', name: '行政专员', family: 'ADMIN', level: 1, managerial: false, next: 'ADMIN_SUPERVISOR', typicalMonths: 30, competencies: [['COLLABORATION', 2]] },
  { code: 'ADMIN_SUPERVISOR', name: '行政主管', family: 'ADMIN', level: 2, managerial: true, next: 'ADMIN_MANAGER', typicalMonths: 36, competencies: [['COLLABORATION', 3], ['TEAM_MGMT', 2]] },
  { code: 'ADMIN_MANAGER', name: '行政经理', family: 'ADMIN', level: 3, managerial: true, competencies: [['LEADERSHIP', 3]] },
  // Company leadership
  { code: 'VICE_PRESIDENT', name: '副总经理', family: 'MANAGEMENT', level: 1, managerial: true, next: 'CEO', competencies: [['LEADERSHIP', 5], ['STRATEGY', 4]] },
  { code: 'CEO', name: '总经理', family: 'MANAGEMENT', level: 2, managerial: true, competencies: [['LEADERSHIP', 5], ['STRATEGY', 5]] },
];

export const COMPETENCIES: { code: string; name: string; category: string }[] = [
  { code: 'NEGOTIATION', name: '商务谈判', category: '专业能力' },
  { code: 'CUSTOMER_INSIGHT', name: '客户洞察', category: '专业能力' },
  { code: 'WEALTH_MGMT', name: '财富管理', category: '专业能力' },
  { code: 'LEAN', name: '精益生产', category: '专业能力' },
  { code: 'QUALITY', name: '质量管理', category: '专业能力' },
  { code: 'SAFETY', name: '安全生产', category: '专业能力' },
  { code: 'ENGINEERING', name: '工程技术', category: '专业能力' },
  { code: 'SERVICE', name: '客户服务', category: '专业能力' },
  { code: 'FINANCE', name: '财务管理', category: '专业能力' },
  { code: 'HR', name: '人力资源管理', category: '专业能力' },
  { code: 'DATA_ANALYSIS', name: '数据分析', category: '通用能力' },
  { code: 'COLLABORATION', name: '团队协作', category: '通用能力' },
  { code: 'COMMUNICATION', name: '沟通表达', category: '通用能力' },
  { code: 'PROJECT_COORD', name: '项目协调', category: '管理能力' },
  { code: 'TEAM_MGMT', name: '团队管理', category: '管理能力' },
  { code: 'LEADERSHIP', name: '领导力', category: '管理能力' },
  { code: 'STRATEGY', name: '战略规划', category: '管理能力' },
];

/** Which families a course is offered to; 'ALL' = everyone. */
export type Audience = Family | 'ALL' | 'MANAGERS';

export interface CourseDef {
  code: string;
  name: string;
  category: string;
  hours: number;
  cost: number;
  core: boolean;
  mandatory: boolean;
  audience: Audience[];
  competencies: [string, number][];
  /**
   * 'random': drawn into employees' learning plans. 'planned': only assigned by the planted-effect
   * logic (treatment, promotion gates, fixtures), never drawn at random — so the treated and
   * untreated arms are exactly what GROUND_TRUTH.md says.
   */
  assignment: 'random' | 'planned';
}

export const COURSES: CourseDef[] = [
  // Planted-effect courses (GROUND_TRUTH.md)
  { code: 'NEGOTIATION', name: '客户谈判技巧', category: 'SALES', hours: 16, cost: 2400, core: true, mandatory: false, audience: ['SALES'], competencies: [['NEGOTIATION', 1], ['CUSTOMER_INSIGHT', 0.5]], assignment: 'planned' },
  { code: 'LEAN', name: '精益生产', category: 'PRODUCTION', hours: 24, cost: 3000, core: true, mandatory: false, audience: ['MANUFACTURING'], competencies: [['LEAN', 1], ['QUALITY', 0.6]], assignment: 'planned' },
  { code: 'OFFICE_EFFICIENCY', name: '高效办公技巧', category: 'GENERAL', hours: 6, cost: 300, core: false, mandatory: false, audience: ['ALL'], competencies: [['COMMUNICATION', 0.3]], assignment: 'planned' },
  { code: 'LEADERSHIP', name: '领导力', category: 'MANAGEMENT', hours: 24, cost: 4000, core: true, mandatory: false, audience: ['ALL'], competencies: [['LEADERSHIP', 1], ['TEAM_MGMT', 0.5]], assignment: 'planned' },
  // Promotion-gate courses (article §三)
  { code: 'TEAM_MGMT_BASICS', name: '团队管理基础', category: 'MANAGEMENT', hours: 16, cost: 2000, core: true, mandatory: false, audience: ['ALL'], competencies: [['TEAM_MGMT', 1]], assignment: 'random' },
  { code: 'PROJECT_COORD', name: '项目协调技巧', category: 'MANAGEMENT', hours: 12, cost: 1500, core: true, mandatory: false, audience: ['ALL'], competencies: [['PROJECT_COORD', 1], ['COLLABORATION', 0.5]], assignment: 'random' },
  { code: 'WEALTH_MGMT', name: '财富管理进阶', category: 'SALES', hours: 16, cost: 2000, core: true, mandatory: false, audience: ['SALES'], competencies: [['WEALTH_MGMT', 1]], assignment: 'random' },
  { code: 'CUSTOMER_SEGMENTATION', name: '客户分层策略', category: 'SALES', hours: 8, cost: 1200, core: false, mandatory: false, audience: ['SALES', 'SERVICE'], competencies: [['CUSTOMER_INSIGHT', 1], ['DATA_ANALYSIS', 0.4]], assignment: 'random' },
  { code: 'TEAMWORK', name: '团队协作', category: 'GENERAL', hours: 8, cost: 600, core: false, mandatory: false, audience: ['ALL'], competencies: [['COLLABORATION', 1]], assignment: 'random' },
  { code: 'CRM_PRACTICE', name: '客户关系管理', category: 'SALES', hours: 12, cost: 1500, core: false, mandatory: false, audience: ['SALES', 'SERVICE'], competencies: [['CUSTOMER_INSIGHT', 0.8], ['COMMUNICATION', 0.5]], assignment: 'random' },
  // Management and general
  { code: 'STRATEGY', name: '战略管理', category: 'MANAGEMENT', hours: 24, cost: 5000, core: true, mandatory: false, audience: ['MANAGERS'], competencies: [['STRATEGY', 1]], assignment: 'random' },
  { code: 'PROJECT_MGMT', name: '项目管理', category: 'MANAGEMENT', hours: 16, cost: 2000, core: false, mandatory: false, audience: ['TECH', 'MANUFACTURING', 'ADMIN', 'HR', 'FINANCE'], competencies: [['PROJECT_COORD', 0.8]], assignment: 'random' },
  { code: 'COACHING', name: '绩效辅导', category: 'MANAGEMENT', hours: 8, cost: 1200, core: false, mandatory: false, audience: ['MANAGERS'], competencies: [['TEAM_MGMT', 0.6]], assignment: 'random' },
  { code: 'CROSS_DEPT', name: '跨部门协作', category: 'GENERAL', hours: 8, cost: 800, core: true, mandatory: false, audience: ['ALL'], competencies: [['COLLABORATION', 1], ['COMMUNICATION', 0.5]], assignment: 'random' },
  { code: 'DATA_ANALYSIS', name: '数据分析', category: 'GENERAL', hours: 16, cost: 1500, core: true, mandatory: false, audience: ['ALL'], competencies: [['DATA_ANALYSIS', 1]], assignment: 'random' },
  { code: 'INFOSEC', name: '信息安全意识', category: 'COMPLIANCE', hours: 2, cost: 100, core: false, mandatory: true, audience: ['ALL'], competencies: [], assignment: 'random' },
  { code: 'COMPLIANCE', name: '合规与职业道德', category: 'COMPLIANCE', hours: 3, cost: 100, core: false, mandatory: true, audience: ['ALL'], competencies: [], assignment: 'random' },
  { code: 'TIME_MGMT', name: '时间管理', category: 'GENERAL', hours: 6, cost: 400, core: false, mandatory: false, audience: ['ALL'], competencies: [['COMMUNICATION', 0.2]], assignment: 'random' },
  { code: 'COMMUNICATION', name: '沟通技巧', category: 'GENERAL', hours: 8, cost: 600, core: false, mandatory: false, audience: ['ALL'], competencies: [['COMMUNICATION', 1]], assignment: 'random' },
  { code: 'PRODUCT_KNOWLEDGE', name: '产品知识', category: 'GENERAL', hours: 6, cost: 200, core: false, mandatory: false, audience: ['ALL'], competencies: [['CUSTOMER_INSIGHT', 0.3]], assignment: 'random' },
  { code: 'BUSINESS_WRITING', name: '商务写作', category: 'GENERAL', hours: 6, cost: 400, core: false, mandatory: false, audience: ['ALL'], competencies: [['COMMUNICATION', 0.6]], assignment: 'random' },
  { code: 'PROBLEM_SOLVING', name: '问题分析与解决', category: 'GENERAL', hours: 12, cost: 1000, core: false, mandatory: false, audience: ['ALL'], competencies: [['DATA_ANALYSIS', 0.4]], assignment: 'random' },
  { code: 'EXCEL', name: 'Excel高级应用', category: 'GENERAL', hours: 8, cost: 500, core: false, mandatory: false, audience: ['ALL'], competencies: [['DATA_ANALYSIS', 0.5]], assignment: 'random' },
  { code: 'STRESS', name: '情绪与压力管理', category: 'GENERAL', hours: 4, cost: 300, core: false, mandatory: false, audience: ['ALL'], competencies: [], assignment: 'random' },
  { code: 'INNOVATION', name: '创新思维', category: 'GENERAL', hours: 8, cost: 800, core: false, mandatory: false, audience: ['ALL'], competencies: [['STRATEGY', 0.2]], assignment: 'random' },
  // Sales
  { code: 'CONSULTATIVE_SELLING', name: '顾问式销售', category: 'SALES', hours: 16, cost: 1800, core: false, mandatory: false, audience: ['SALES'], competencies: [['NEGOTIATION', 0.5], ['CUSTOMER_INSIGHT', 0.6]], assignment: 'random' },
  { code: 'KEY_ACCOUNT', name: '大客户开发', category: 'SALES', hours: 12, cost: 1600, core: false, mandatory: false, audience: ['SALES'], competencies: [['CUSTOMER_INSIGHT', 0.7]], assignment: 'random' },
  { code: 'SALES_PRESENTATION', name: '销售演示技巧', category: 'SALES', hours: 8, cost: 800, core: false, mandatory: false, audience: ['SALES'], competencies: [['COMMUNICATION', 0.7]], assignment: 'random' },
  { code: 'MARKET_ANALYSIS', name: '市场分析', category: 'SALES', hours: 8, cost: 900, core: false, mandatory: false, audience: ['SALES'], competencies: [['DATA_ANALYSIS', 0.6]], assignment: 'random' },
  // Manufacturing
  { code: 'QMS', name: '质量管理体系', category: 'PRODUCTION', hours: 16, cost: 1500, core: false, mandatory: false, audience: ['MANUFACTURING'], competencies: [['QUALITY', 1]], assignment: 'random' },
  { code: 'TPM', name: '设备维护保养', category: 'PRODUCTION', hours: 12, cost: 1000, core: false, mandatory: false, audience: ['MANUFACTURING'], competencies: [['LEAN', 0.4]], assignment: 'random' },
  { code: 'FIVE_S', name: '5S现场管理', category: 'PRODUCTION', hours: 6, cost: 500, core: false, mandatory: false, audience: ['MANUFACTURING'], competencies: [['LEAN', 0.5]], assignment: 'random' },
  { code: 'SIX_SIGMA', name: '六西格玛绿带', category: 'PRODUCTION', hours: 32, cost: 4500, core: false, mandatory: false, audience: ['MANUFACTURING'], competencies: [['QUALITY', 0.8], ['DATA_ANALYSIS', 0.5]], assignment: 'random' },
  { code: 'TEAM_LEADER_SKILLS', name: '班组长管理', category: 'PRODUCTION', hours: 12, cost: 1200, core: false, mandatory: false, audience: ['MANUFACTURING'], competencies: [['TEAM_MGMT', 0.6]], assignment: 'random' },
  { code: 'SAFETY', name: '安全生产规范', category: 'COMPLIANCE', hours: 4, cost: 200, core: false, mandatory: true, audience: ['MANUFACTURING'], competencies: [['SAFETY', 1]], assignment: 'random' },
  // Tech
  { code: 'ARCHITECTURE', name: '软件架构设计', category: 'TECH', hours: 24, cost: 3000, core: false, mandatory: false, audience: ['TECH'], competencies: [['ENGINEERING', 1]], assignment: 'random' },
  { code: 'AGILE', name: '敏捷开发实践', category: 'TECH', hours: 12, cost: 1500, core: false, mandatory: false, audience: ['TECH'], competencies: [['PROJECT_COORD', 0.5], ['ENGINEERING', 0.4]], assignment: 'random' },
  { code: 'CODE_REVIEW', name: '代码质量与评审', category: 'TECH', hours: 8, cost: 800, core: false, mandatory: false, audience: ['TECH'], competencies: [['ENGINEERING', 0.6]], assignment: 'random' },
  { code: 'CLOUD_NATIVE', name: '云原生技术', category: 'TECH', hours: 16, cost: 2500, core: false, mandatory: false, audience: ['TECH'], competencies: [['ENGINEERING', 0.8]], assignment: 'random' },
  { code: 'TEST_AUTOMATION', name: '测试自动化', category: 'TECH', hours: 12, cost: 1500, core: false, mandatory: false, audience: ['TECH'], competencies: [['ENGINEERING', 0.6]], assignment: 'random' },
  { code: 'TECH_WRITING', name: '技术文档写作', category: 'TECH', hours: 6, cost: 500, core: false, mandatory: false, audience: ['TECH'], competencies: [['COMMUNICATION', 0.5]], assignment: 'random' },
  // Service, finance, HR
  { code: 'CUSTOMER_SERVICE', name: '客户服务技巧', category: 'SERVICE', hours: 8, cost: 600, core: true, mandatory: false, audience: ['SERVICE', 'SALES'], competencies: [['SERVICE', 1]], assignment: 'random' },
  { code: 'COMPLAINT_HANDLING', name: '投诉处理', category: 'SERVICE', hours: 6, cost: 500, core: false, mandatory: false, audience: ['SERVICE'], competencies: [['SERVICE', 0.8]], assignment: 'random' },
  { code: 'FIN_ANALYSIS', name: '财务分析', category: 'FINANCE', hours: 16, cost: 2000, core: false, mandatory: false, audience: ['FINANCE'], competencies: [['FINANCE', 1]], assignment: 'random' },
  { code: 'TAX', name: '税务筹划', category: 'FINANCE', hours: 8, cost: 1200, core: false, mandatory: false, audience: ['FINANCE'], competencies: [['FINANCE', 0.6]], assignment: 'random' },
  { code: 'AUDIT', name: '内控与审计', category: 'FINANCE', hours: 12, cost: 1500, core: false, mandatory: false, audience: ['FINANCE'], competencies: [['FINANCE', 0.7]], assignment: 'random' },
  { code: 'RECRUITING', name: '招聘与面试技巧', category: 'HR', hours: 8, cost: 800, core: false, mandatory: false, audience: ['HR'], competencies: [['HR', 0.7]], assignment: 'random' },
  { code: 'COMP_PERF', name: '薪酬绩效管理', category: 'HR', hours: 12, cost: 1500, core: false, mandatory: false, audience: ['HR'], competencies: [['HR', 1]], assignment: 'random' },
  { code: 'LABOR_LAW', name: '劳动法实务', category: 'HR', hours: 6, cost: 600, core: false, mandatory: false, audience: ['HR', 'ADMIN'], competencies: [['HR', 0.5]], assignment: 'random' },
];

export type KpiCode =
  | 'SALES_GROWTH'
  | 'SALES_AMOUNT'
  | 'CUSTOMER_RETENTION'
  | 'DEFECT_RATE'
  | 'PRODUCTION_EFFICIENCY'
  | 'DELIVERY_RATE'
  | 'COMPLAINT_RATE';

export interface KpiDef {
  code: KpiCode;
  name: string;
  unit: string;
  direction: 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER';
  valuePerUnit: string;
  family: Family;
  source: string;
  description: string;
}

export const KPIS: KpiDef[] = [
  { code: 'SALES_GROWTH', name: '销售额增长率', unit: '%', direction: 'HIGHER_IS_BETTER', valuePerUnit: '1000.0000', family: 'SALES', source: 'CRM', description: "Monthly sales of the employee vs their reference monthly sales (FY2024 average), in %: (sales / reference − 1) × 100. Value per unit: CNY gross margin per percentage point per employee-month." },
  { code: 'SALES_AMOUNT', name: '销售额', unit: 'CNY', direction: 'HIGHER_IS_BETTER', valuePerUnit: '0.3000', family: 'SALES', source: 'CRM', description: 'Monthly sales of the employee in CNY; equals reference × (1 + SALES_GROWTH / 100). Value per unit: gross margin per CNY of sales.' },
  { code: 'CUSTOMER_RETENTION', name: '客户留存率', unit: '%', direction: 'HIGHER_IS_BETTER', valuePerUnit: '800.0000', family: 'SALES', source: 'CRM', description: "Share of the employee's customers active last month who bought again this month, in %." },
  { code: 'DEFECT_RATE', name: '产品不良率', unit: '%', direction: 'LOWER_IS_BETTER', valuePerUnit: '3000.0000', family: 'MANUFACTURING', source: 'MES', description: 'Defective units / units produced, in %, per operator (employee rows) and per production line (line rows = mean of its operators).' },
  { code: 'PRODUCTION_EFFICIENCY', name: '生产效率', unit: '%', direction: 'HIGHER_IS_BETTER', valuePerUnit: '600.0000', family: 'MANUFACTURING', source: 'MES', description: 'Standard hours earned / hours worked, in % (may exceed 100).' },
  { code: 'DELIVERY_RATE', name: '项目交付率', unit: '%', direction: 'HIGHER_IS_BETTER', valuePerUnit: '500.0000', family: 'TECH', source: 'PMS', description: 'Milestones delivered on time / milestones due, in %.' },
  { code: 'COMPLAINT_RATE', name: '客户投诉率', unit: '%', direction: 'LOWER_IS_BETTER', valuePerUnit: '400.0000', family: 'SERVICE', source: 'SERVICE_DESK', description: 'Complaints / tickets handled, in %.' },
];

/** Course ↔ KPI bindings (course_kpi_binding). Only NEGOTIATION and LEAN have a non-zero planted effect. */
export const BINDINGS: { course: string; kpi: KpiCode; thresholds: Record<string, unknown> }[] = [
  { course: 'NEGOTIATION', kpi: 'SALES_GROWTH', thresholds: { measure: 'POINT_CHANGE', excellent: { op: '>', value: 15 }, retrain: { op: '<', value: 5 } } },
  { course: 'NEGOTIATION', kpi: 'SALES_AMOUNT', thresholds: { measure: 'PCT_CHANGE', excellent: { op: '>', value: 15 }, retrain: { op: '<', value: 5 } } },
  { course: 'NEGOTIATION', kpi: 'CUSTOMER_RETENTION', thresholds: { measure: 'PCT_CHANGE', excellent: { op: '>=', value: 10 } } },
  { course: 'LEAN', kpi: 'DEFECT_RATE', thresholds: { measure: 'PCT_CHANGE', contribution: { op: '<=', value: -8 } } },
  { course: 'LEAN', kpi: 'PRODUCTION_EFFICIENCY', thresholds: { measure: 'PCT_CHANGE', contribution: { op: '>=', value: 10 } } },
  { course: 'OFFICE_EFFICIENCY', kpi: 'SALES_GROWTH', thresholds: { measure: 'POINT_CHANGE' } },
  { course: 'OFFICE_EFFICIENCY', kpi: 'PRODUCTION_EFFICIENCY', thresholds: { measure: 'PCT_CHANGE' } },
  { course: 'CUSTOMER_SEGMENTATION', kpi: 'CUSTOMER_RETENTION', thresholds: { measure: 'PCT_CHANGE' } },
  { course: 'WEALTH_MGMT', kpi: 'SALES_GROWTH', thresholds: { measure: 'POINT_CHANGE' } },
  { course: 'DATA_ANALYSIS', kpi: 'SALES_GROWTH', thresholds: { measure: 'POINT_CHANGE' } },
  { course: 'PROJECT_COORD', kpi: 'DELIVERY_RATE', thresholds: { measure: 'POINT_CHANGE' } },
  { course: 'CUSTOMER_SERVICE', kpi: 'COMPLAINT_RATE', thresholds: { measure: 'PCT_CHANGE' } },
];

export const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'.split('');
export const GIVEN_CHARS = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建文辉力国志宇浩然子轩梓涵欣怡思远嘉俊雨婷佳琪晓东海燕鹏飞雪梅宏博凯丹阳晨曦一鸣家豪雅琴振华永健春兰秋菊立新学军成龙美玲'.split('');

export const SALES_REGIONS = ['华东', '华南', '华北', '华中', '西南', '西北', '东北'];
export const RND_DEPTS = ['软件研发部', '硬件研发部', '测试部', '产品设计部', '平台架构部', '数据智能部'];
