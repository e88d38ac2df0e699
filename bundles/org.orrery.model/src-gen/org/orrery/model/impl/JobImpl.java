/**
 * Orrery. Generated from model/orrery.ecore by releng/generate-model.sh: do not edit.
 */
package org.orrery.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.orrery.model.Job;
import org.orrery.model.JobKind;
import org.orrery.model.OrreryPackage;
import org.orrery.model.SpinlockProfile;
import org.orrery.model.VirtualMachine;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Job</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.orrery.model.impl.JobImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.orrery.model.impl.JobImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.orrery.model.impl.JobImpl#getVms <em>Vms</em>}</li>
 *   <li>{@link org.orrery.model.impl.JobImpl#getNodes <em>Nodes</em>}</li>
 *   <li>{@link org.orrery.model.impl.JobImpl#getThreads <em>Threads</em>}</li>
 *   <li>{@link org.orrery.model.impl.JobImpl#getProblemSize <em>Problem Size</em>}</li>
 *   <li>{@link org.orrery.model.impl.JobImpl#getIterations <em>Iterations</em>}</li>
 *   <li>{@link org.orrery.model.impl.JobImpl#getMemoryMB <em>Memory MB</em>}</li>
 *   <li>{@link org.orrery.model.impl.JobImpl#getDurationS <em>Duration S</em>}</li>
 *   <li>{@link org.orrery.model.impl.JobImpl#getActorCount <em>Actor Count</em>}</li>
 *   <li>{@link org.orrery.model.impl.JobImpl#getSpinlock <em>Spinlock</em>}</li>
 * </ul>
 *
 * @generated
 */
public class JobImpl extends NamedElementImpl implements Job {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final JobKind KIND_EDEFAULT = JobKind.IDLE;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected JobKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected static final String OWNER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected String owner = OWNER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getVms() <em>Vms</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVms()
	 * @generated
	 * @ordered
	 */
	protected EList<VirtualMachine> vms;

	/**
	 * The default value of the '{@link #getNodes() <em>Nodes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodes()
	 * @generated
	 * @ordered
	 */
	protected static final int NODES_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getNodes() <em>Nodes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodes()
	 * @generated
	 * @ordered
	 */
	protected int nodes = NODES_EDEFAULT;

	/**
	 * The default value of the '{@link #getThreads() <em>Threads</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThreads()
	 * @generated
	 * @ordered
	 */
	protected static final int THREADS_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getThreads() <em>Threads</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThreads()
	 * @generated
	 * @ordered
	 */
	protected int threads = THREADS_EDEFAULT;

	/**
	 * The default value of the '{@link #getProblemSize() <em>Problem Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProblemSize()
	 * @generated
	 * @ordered
	 */
	protected static final int PROBLEM_SIZE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getProblemSize() <em>Problem Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProblemSize()
	 * @generated
	 * @ordered
	 */
	protected int problemSize = PROBLEM_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getIterations() <em>Iterations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIterations()
	 * @generated
	 * @ordered
	 */
	protected static final int ITERATIONS_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getIterations() <em>Iterations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIterations()
	 * @generated
	 * @ordered
	 */
	protected int iterations = ITERATIONS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMemoryMB() <em>Memory MB</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemoryMB()
	 * @generated
	 * @ordered
	 */
	protected static final double MEMORY_MB_EDEFAULT = 200.0;

	/**
	 * The cached value of the '{@link #getMemoryMB() <em>Memory MB</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemoryMB()
	 * @generated
	 * @ordered
	 */
	protected double memoryMB = MEMORY_MB_EDEFAULT;

	/**
	 * The default value of the '{@link #getDurationS() <em>Duration S</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationS()
	 * @generated
	 * @ordered
	 */
	protected static final double DURATION_S_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getDurationS() <em>Duration S</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationS()
	 * @generated
	 * @ordered
	 */
	protected double durationS = DURATION_S_EDEFAULT;

	/**
	 * The default value of the '{@link #getActorCount() <em>Actor Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActorCount()
	 * @generated
	 * @ordered
	 */
	protected static final int ACTOR_COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getActorCount() <em>Actor Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActorCount()
	 * @generated
	 * @ordered
	 */
	protected int actorCount = ACTOR_COUNT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSpinlock() <em>Spinlock</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpinlock()
	 * @generated
	 * @ordered
	 */
	protected SpinlockProfile spinlock;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected JobImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OrreryPackage.Literals.JOB;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public JobKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(JobKind newKind) {
		JobKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.JOB__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOwner() {
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(String newOwner) {
		String oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.JOB__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<VirtualMachine> getVms() {
		if (vms == null) {
			vms = new EObjectResolvingEList<VirtualMachine>(VirtualMachine.class, this, OrreryPackage.JOB__VMS);
		}
		return vms;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getNodes() {
		return nodes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNodes(int newNodes) {
		int oldNodes = nodes;
		nodes = newNodes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.JOB__NODES, oldNodes, nodes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getThreads() {
		return threads;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setThreads(int newThreads) {
		int oldThreads = threads;
		threads = newThreads;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.JOB__THREADS, oldThreads, threads));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getProblemSize() {
		return problemSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProblemSize(int newProblemSize) {
		int oldProblemSize = problemSize;
		problemSize = newProblemSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.JOB__PROBLEM_SIZE, oldProblemSize, problemSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getIterations() {
		return iterations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIterations(int newIterations) {
		int oldIterations = iterations;
		iterations = newIterations;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.JOB__ITERATIONS, oldIterations, iterations));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMemoryMB() {
		return memoryMB;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMemoryMB(double newMemoryMB) {
		double oldMemoryMB = memoryMB;
		memoryMB = newMemoryMB;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.JOB__MEMORY_MB, oldMemoryMB, memoryMB));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDurationS() {
		return durationS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDurationS(double newDurationS) {
		double oldDurationS = durationS;
		durationS = newDurationS;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.JOB__DURATION_S, oldDurationS, durationS));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getActorCount() {
		return actorCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActorCount(int newActorCount) {
		int oldActorCount = actorCount;
		actorCount = newActorCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.JOB__ACTOR_COUNT, oldActorCount, actorCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SpinlockProfile getSpinlock() {
		return spinlock;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSpinlock(SpinlockProfile newSpinlock, NotificationChain msgs) {
		SpinlockProfile oldSpinlock = spinlock;
		spinlock = newSpinlock;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, OrreryPackage.JOB__SPINLOCK, oldSpinlock, newSpinlock);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSpinlock(SpinlockProfile newSpinlock) {
		if (newSpinlock != spinlock) {
			NotificationChain msgs = null;
			if (spinlock != null)
				msgs = ((InternalEObject)spinlock).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - OrreryPackage.JOB__SPINLOCK, null, msgs);
			if (newSpinlock != null)
				msgs = ((InternalEObject)newSpinlock).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - OrreryPackage.JOB__SPINLOCK, null, msgs);
			msgs = basicSetSpinlock(newSpinlock, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.JOB__SPINLOCK, newSpinlock, newSpinlock));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case OrreryPackage.JOB__SPINLOCK:
				return basicSetSpinlock(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case OrreryPackage.JOB__KIND:
				return getKind();
			case OrreryPackage.JOB__OWNER:
				return getOwner();
			case OrreryPackage.JOB__VMS:
				return getVms();
			case OrreryPackage.JOB__NODES:
				return getNodes();
			case OrreryPackage.JOB__THREADS:
				return getThreads();
			case OrreryPackage.JOB__PROBLEM_SIZE:
				return getProblemSize();
			case OrreryPackage.JOB__ITERATIONS:
				return getIterations();
			case OrreryPackage.JOB__MEMORY_MB:
				return getMemoryMB();
			case OrreryPackage.JOB__DURATION_S:
				return getDurationS();
			case OrreryPackage.JOB__ACTOR_COUNT:
				return getActorCount();
			case OrreryPackage.JOB__SPINLOCK:
				return getSpinlock();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case OrreryPackage.JOB__KIND:
				setKind((JobKind)newValue);
				return;
			case OrreryPackage.JOB__OWNER:
				setOwner((String)newValue);
				return;
			case OrreryPackage.JOB__VMS:
				getVms().clear();
				getVms().addAll((Collection<? extends VirtualMachine>)newValue);
				return;
			case OrreryPackage.JOB__NODES:
				setNodes((Integer)newValue);
				return;
			case OrreryPackage.JOB__THREADS:
				setThreads((Integer)newValue);
				return;
			case OrreryPackage.JOB__PROBLEM_SIZE:
				setProblemSize((Integer)newValue);
				return;
			case OrreryPackage.JOB__ITERATIONS:
				setIterations((Integer)newValue);
				return;
			case OrreryPackage.JOB__MEMORY_MB:
				setMemoryMB((Double)newValue);
				return;
			case OrreryPackage.JOB__DURATION_S:
				setDurationS((Double)newValue);
				return;
			case OrreryPackage.JOB__ACTOR_COUNT:
				setActorCount((Integer)newValue);
				return;
			case OrreryPackage.JOB__SPINLOCK:
				setSpinlock((SpinlockProfile)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case OrreryPackage.JOB__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case OrreryPackage.JOB__OWNER:
				setOwner(OWNER_EDEFAULT);
				return;
			case OrreryPackage.JOB__VMS:
				getVms().clear();
				return;
			case OrreryPackage.JOB__NODES:
				setNodes(NODES_EDEFAULT);
				return;
			case OrreryPackage.JOB__THREADS:
				setThreads(THREADS_EDEFAULT);
				return;
			case OrreryPackage.JOB__PROBLEM_SIZE:
				setProblemSize(PROBLEM_SIZE_EDEFAULT);
				return;
			case OrreryPackage.JOB__ITERATIONS:
				setIterations(ITERATIONS_EDEFAULT);
				return;
			case OrreryPackage.JOB__MEMORY_MB:
				setMemoryMB(MEMORY_MB_EDEFAULT);
				return;
			case OrreryPackage.JOB__DURATION_S:
				setDurationS(DURATION_S_EDEFAULT);
				return;
			case OrreryPackage.JOB__ACTOR_COUNT:
				setActorCount(ACTOR_COUNT_EDEFAULT);
				return;
			case OrreryPackage.JOB__SPINLOCK:
				setSpinlock((SpinlockProfile)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case OrreryPackage.JOB__KIND:
				return kind != KIND_EDEFAULT;
			case OrreryPackage.JOB__OWNER:
				return OWNER_EDEFAULT == null ? owner != null : !OWNER_EDEFAULT.equals(owner);
			case OrreryPackage.JOB__VMS:
				return vms != null && !vms.isEmpty();
			case OrreryPackage.JOB__NODES:
				return nodes != NODES_EDEFAULT;
			case OrreryPackage.JOB__THREADS:
				return threads != THREADS_EDEFAULT;
			case OrreryPackage.JOB__PROBLEM_SIZE:
				return problemSize != PROBLEM_SIZE_EDEFAULT;
			case OrreryPackage.JOB__ITERATIONS:
				return iterations != ITERATIONS_EDEFAULT;
			case OrreryPackage.JOB__MEMORY_MB:
				return memoryMB != MEMORY_MB_EDEFAULT;
			case OrreryPackage.JOB__DURATION_S:
				return durationS != DURATION_S_EDEFAULT;
			case OrreryPackage.JOB__ACTOR_COUNT:
				return actorCount != ACTOR_COUNT_EDEFAULT;
			case OrreryPackage.JOB__SPINLOCK:
				return spinlock != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (kind: ");
		result.append(kind);
		result.append(", owner: ");
		result.append(owner);
		result.append(", nodes: ");
		result.append(nodes);
		result.append(", threads: ");
		result.append(threads);
		result.append(", problemSize: ");
		result.append(problemSize);
		result.append(", iterations: ");
		result.append(iterations);
		result.append(", memoryMB: ");
		result.append(memoryMB);
		result.append(", durationS: ");
		result.append(durationS);
		result.append(", actorCount: ");
		result.append(actorCount);
		result.append(')');
		return result.toString();
	}

} //JobImpl
