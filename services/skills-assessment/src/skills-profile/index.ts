export * from './skills-profile.events';
export * from './skills-profile.commands';
export * from './skills-profile.state';
export { skillsProfileDecider } from './skills-profile.decider';
export * from './skills-profile.validation';
export * from './gap-analysis';
export * from './self-assessment-trend';
export * from './occupation-requirements';
